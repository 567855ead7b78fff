// The text of an MDX body as plain-text blocks for the content API: the intro, then each `##`/`###` section with its
// id, heading and blocks (paragraphs, lists, tables, steps, callouts), links as separate fields. Read from the same
// parsed tree the page renders (lib/content/mdx.ts), never from the HTML.
import type { ListItem, Nodes, Root, RootContent } from "mdast";
import type { MdxJsxFlowElement } from "mdast-util-mdx-jsx";
import { toString } from "mdast-util-to-string";
import { visit } from "unist-util-visit";
import { headingId } from "@/lib/content/mdx";
import type { Block, TextRun } from "./schemas";

/** Turns a link target written in content (`/pathways/x#y`, `#id`, `https://…`) into the absolute URL a client follows. */
export type LinkResolver = (url: string) => string;

export interface BodyBlocks {
  intro: Block[];
  sections: { id: string; heading: string; depth: 2 | 3; blocks: Block[] }[];
}

/** Plain text with runs of white space (line breaks inside a paragraph) made single spaces. */
function plain(node: Nodes): string {
  return toString(node).replace(/\s+/g, " ").trim();
}

export function textRun(node: Nodes, resolve: LinkResolver): TextRun {
  const links: TextRun["links"] = [];
  visit(node, "link", (link) => {
    links.push({ text: plain(link), url: resolve(link.url) });
  });
  return { text: plain(node), links };
}

function attribute(node: MdxJsxFlowElement, name: string): string | null {
  const found = node.attributes.find((candidate) => candidate.type === "mdxJsxAttribute" && candidate.name === name);
  return typeof found?.value === "string" ? found.value : null;
}

const listItems = (items: ListItem[], resolve: LinkResolver) => items.map((item) => textRun(item, resolve));

/** The blocks of one node of a body (none for a node without text). */
function blocksOf(node: RootContent, resolve: LinkResolver): Block[] {
  switch (node.type) {
    case "paragraph":
      return [{ type: "paragraph", ...textRun(node, resolve) }];
    case "list":
      return [{ type: "list", ordered: Boolean(node.ordered), items: listItems(node.children, resolve) }];
    case "table": {
      const [head, ...body] = node.children;
      const cells = (row: typeof head) => row?.children.map((cell) => textRun(cell, resolve)) ?? [];
      return [{ type: "table", header: cells(head), rows: body.map(cells) }];
    }
    case "mdxJsxFlowElement": {
      const inner = () => node.children.flatMap((child) => blocksOf(child as RootContent, resolve));
      if (node.name === "Steps")
        return [{ type: "steps", items: inner().flatMap((block) => (block.type === "list" || block.type === "steps" ? block.items : [])) }];
      if (node.name === "Callout") {
        const kind = attribute(node, "type");
        return [
          {
            type: "callout",
            kind: kind === "warning" || kind === "official" ? kind : "note",
            title: attribute(node, "title"),
            // A callout holds short text: anything but paragraphs, lists and steps is kept as a paragraph of its text.
            blocks: node.children.flatMap((child) =>
              blocksOf(child as RootContent, resolve).map((block) =>
                block.type === "paragraph" || block.type === "list" || block.type === "steps"
                  ? block
                  : { type: "paragraph" as const, ...textRun(child, resolve) },
              ),
            ),
          },
        ];
      }
      return inner();
    }
    case "blockquote":
      return node.children.flatMap((child) => blocksOf(child, resolve));
    case "thematicBreak":
    case "definition":
    case "heading":
      return [];
    default: {
      const run = textRun(node, resolve);
      return run.text ? [{ type: "paragraph", ...run }] : [];
    }
  }
}

/** Splits a parsed body (headings already carry their ids) into its intro and its sections. */
export function bodyBlocks(tree: Root, resolve: LinkResolver): BodyBlocks {
  const result: BodyBlocks = { intro: [], sections: [] };
  let target = result.intro;
  for (const node of tree.children) {
    if (node.type === "heading" && (node.depth === 2 || node.depth === 3)) {
      const section = { id: headingId(node) ?? "", heading: plain(node), depth: node.depth, blocks: [] as Block[] };
      result.sections.push(section);
      target = section.blocks;
      continue;
    }
    target.push(...blocksOf(node, resolve));
  }
  return result;
}
