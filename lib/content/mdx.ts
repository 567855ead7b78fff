// One parser for every MDX body (guidance files and editors' country text): remark with the MDX syntax extension.
// It yields the tree the page renders, the sections search indexes, and the checks that refuse unsafe or broken MDX.
import type { Heading, Root, RootContent } from "mdast";
import { toString } from "mdast-util-to-string";
import remarkGfm from "remark-gfm";
import remarkMdx from "remark-mdx";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { visit } from "unist-util-visit";

export interface Section {
  id: string;
  title: string;
  depth: 2 | 3;
  /** Plain text of the section (up to the next heading of the same or higher level). */
  text: string;
}

export interface ParsedBody {
  tree: Root;
  sections: Section[];
  /** Every link target in the body, with its line, for the link checker. */
  links: { url: string; line: number }[];
  /** Glossary term ids used with <Term id>. */
  terms: string[];
}

export class MdxError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join("; "));
    this.name = "MdxError";
  }
}

/** The components an MDX body may use, with the attributes each accepts. Everything else is refused. */
export const allowedComponents: Record<string, { attributes: Record<string, RegExp>; required: string[] }> = {
  Callout: { attributes: { type: /^(warning|note|official)$/, title: /^.{1,160}$/s }, required: ["type"] },
  Steps: { attributes: {}, required: [] },
  Term: { attributes: { id: /^[a-z0-9-]+$/ }, required: ["id"] },
};

/** Ids the page template uses itself. */
export const reservedIds = new Set(["sources", "related", "pillar-pages", "toc-title", "main", "facts", "cite"]);
const HEADING_ID = /\s*\[#([a-z0-9]+(?:-[a-z0-9]+)*)\]\s*$/;
const SAFE_URL = /^(https?:\/\/|\/(?!\/)|#|mailto:)/i;

const processor = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

function lineOf(node: { position?: { start: { line: number } } }, offset: number) {
  return (node.position?.start.line ?? 0) + offset;
}

/**
 * Parses and checks an MDX body. `lineOffset` is added to reported lines (the frontmatter lines above the body).
 * Throws MdxError listing every problem with its line; a body that parses is safe to render.
 */
export function parseMdxBody(body: string, lineOffset = 0): ParsedBody {
  let tree: Root;
  try {
    tree = processor.runSync(processor.parse(body)) as Root;
  } catch (error) {
    const cause = error as { line?: number; reason?: string; message: string };
    const line = cause.line ? ` (line ${cause.line + lineOffset})` : "";
    throw new MdxError([`MDX syntax error${line}: ${cause.reason ?? cause.message}`]);
  }

  const problems: string[] = [];
  const links: ParsedBody["links"] = [];
  const terms: string[] = [];
  const ids = new Set<string>();

  visit(tree, (node) => {
    const at = `line ${lineOf(node, lineOffset)}`;
    switch (node.type) {
      case "mdxjsEsm":
        problems.push(`${at}: import/export is not allowed`);
        break;
      case "mdxFlowExpression":
      case "mdxTextExpression":
        problems.push(`${at}: JavaScript expressions ({…}) are not allowed`);
        break;
      case "html":
        problems.push(`${at}: raw HTML is not allowed`);
        break;
      case "mdxJsxFlowElement":
      case "mdxJsxTextElement": {
        const spec = node.name ? allowedComponents[node.name] : undefined;
        if (!spec) {
          problems.push(`${at}: <${node.name ?? ""}> is not an allowed component (allowed: ${Object.keys(allowedComponents).join(", ")})`);
          break;
        }
        const seen = new Set<string>();
        for (const attribute of node.attributes) {
          if (attribute.type !== "mdxJsxAttribute" || typeof attribute.value !== "string") {
            problems.push(`${at}: <${node.name}> attributes must be plain quoted strings`);
            continue;
          }
          const pattern = spec.attributes[attribute.name];
          if (!pattern) problems.push(`${at}: <${node.name}> has no attribute "${attribute.name}"`);
          else if (!pattern.test(attribute.value)) problems.push(`${at}: <${node.name} ${attribute.name}="${attribute.value}"> is not a valid value`);
          seen.add(attribute.name);
          if (node.name === "Term" && attribute.name === "id") terms.push(attribute.value);
        }
        for (const name of spec.required) if (!seen.has(name)) problems.push(`${at}: <${node.name}> needs the attribute "${name}"`);
        break;
      }
      case "heading": {
        if (node.depth === 1) problems.push(`${at}: use ## for sections (the title is the page's only level-1 heading)`);
        if (node.depth > 3) break;
        const last = node.children.at(-1);
        const match = last?.type === "text" ? HEADING_ID.exec(last.value) : null;
        if (!match || last?.type !== "text") {
          problems.push(`${at}: heading "${toString(node)}" needs an explicit id, e.g. [#my-section]`);
          break;
        }
        last.value = last.value.slice(0, match.index);
        const id = match[1]!;
        if (reservedIds.has(id)) problems.push(`${at}: the id "${id}" is reserved for the page template`);
        if (ids.has(id)) problems.push(`${at}: the id "${id}" is used twice`);
        ids.add(id);
        node.data = { ...node.data, hProperties: { id } };
        break;
      }
      case "link":
      case "definition":
        if (!SAFE_URL.test(node.url)) problems.push(`${at}: link "${node.url}" must be http(s), site-relative (/…) or an #anchor`);
        links.push({ url: node.url, line: lineOf(node, lineOffset) });
        break;
      case "image":
        problems.push(`${at}: images are not allowed in guidance text`);
        break;
    }
  });

  if (problems.length) throw new MdxError(problems);
  return { tree, sections: collectSections(tree.children), links, terms };
}

export function headingId(node: Heading): string | undefined {
  const id = (node.data as { hProperties?: { id?: unknown } } | undefined)?.hProperties?.id;
  return typeof id === "string" ? id : undefined;
}

/** The nodes of a section: after its heading, up to the next heading of the same or a higher level. */
export function sectionNodes(tree: Root, id: string): RootContent[] | null {
  const start = tree.children.findIndex((node) => node.type === "heading" && headingId(node) === id);
  if (start < 0) return null;
  const heading = tree.children[start] as Heading;
  const end = tree.children.findIndex((node, index) => index > start && node.type === "heading" && node.depth <= heading.depth);
  return tree.children.slice(start + 1, end < 0 ? undefined : end);
}

function collectSections(nodes: RootContent[]): Section[] {
  const sections: Section[] = [];
  let current: { section: Section; parts: string[] } | undefined;
  let parent: { section: Section; parts: string[] } | undefined;
  const flush = () => {
    for (const open of [current, parent]) if (open) open.section.text = open.parts.join("\n").trim();
  };
  for (const node of nodes) {
    if (node.type === "heading" && (node.depth === 2 || node.depth === 3)) {
      const section: Section = { id: headingId(node) ?? "", title: toString(node).trim(), depth: node.depth, text: "" };
      sections.push(section);
      if (node.depth === 2) {
        flush();
        parent = { section, parts: [] };
        current = undefined;
      } else {
        if (current) current.section.text = current.parts.join("\n").trim();
        current = { section, parts: [] };
      }
      continue;
    }
    const text = toString(node);
    parent?.parts.push(text);
    current?.parts.push(text);
  }
  flush();
  return sections;
}
