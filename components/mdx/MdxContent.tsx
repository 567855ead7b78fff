// Renders a parsed MDX tree as React without evaluating any code: mdast → hast → JSX with an allow-listed component map.
// The same renderer serves guidance files and editors' country text, so the preview is the page.
import { toJsxRuntime, type Components } from "hast-util-to-jsx-runtime";
import type { Element, ElementContent } from "hast";
import type { MdxJsxFlowElement, MdxJsxTextElement } from "mdast-util-mdx-jsx";
import { defaultHandlers, toHast, type State } from "mdast-util-to-hast";
import type { Paragraph, Root } from "mdast";
import type { ComponentProps, ReactNode } from "react";
import { Fragment, jsx, jsxs } from "react/jsx-runtime";
import { Callout, type CalloutType } from "@/components/Callout";
import { SectionHeading } from "@/components/guidance/SectionHeading";
import type { SectionShareFor } from "@/components/share/section-share";
import type { Locale } from "@/lib/i18n/locales";
import { getPathname } from "@/lib/i18n/navigation";

export interface RenderOptions {
  locale: Locale;
  /** Glossary definitions by term id, shown as the link's description. */
  glossary: Map<string, string>;
  /** Each heading's link and share control (components/share/section-share.ts); none in a handout. */
  sectionShare?: SectionShareFor;
}

/** Site-relative links get the reader's locale; external links open as usual. */
function localizeHref(href: string, locale: Locale) {
  return href.startsWith("/") && !href.startsWith("//") ? getPathname({ href, locale }) : href;
}

export function MdxContent({ tree, options }: { tree: Root; options: RenderOptions }) {
  const { locale, glossary } = options;
  const heading = (level: 2 | 3) =>
    function Heading({ id, children }: { id?: string; children?: ReactNode }) {
      return (
        <SectionHeading level={level} id={id ?? ""} share={options.sectionShare?.(id ?? "", textOf(children))}>
          {children}
        </SectionHeading>
      );
    };
  const components = {
    "x-callout": ({ type, title, children }: { type: CalloutType; title?: string; children?: ReactNode }) => (
      <Callout type={type} title={title}>
        {children}
      </Callout>
    ),
    "x-steps": ({ children }: { children?: ReactNode }) => <div className="steps">{children}</div>,
    "x-term": ({ id, children }: { id: string; children?: ReactNode }) => (
      <a href={getPathname({ href: `/glossary#${id}`, locale })} className="term" title={glossary.get(id)}>
        {children}
      </a>
    ),
    a: ({ href = "", children, ...rest }: ComponentProps<"a">) => (
      <a href={localizeHref(href, locale)} {...(/^https?:/.test(href) ? { rel: "noopener" } : {})} {...rest}>
        {children}
      </a>
    ),
    h2: heading(2),
    h3: heading(3),
    table: ({ children }: { children?: ReactNode }) => (
      <div className="overflow-x-auto" tabIndex={0}>
        <table>{children}</table>
      </div>
    ),
  } as unknown as Components;
  const hast = toHast(tree, {
    handlers: { mdxJsxFlowElement: componentElement, mdxJsxTextElement: componentElement, paragraph: blockComponentParagraph },
  });
  return toJsxRuntime(hast, { Fragment, jsx, jsxs, components, ignoreInvalidStyle: true });
}

/**
 * `<Callout …>text</Callout>` written on one line is parsed as a paragraph holding the component; rendered as such it
 * puts an <aside> inside a <p>, which the HTML parser splits apart, and React's hydration then fails. Such a paragraph
 * is rendered as the block component alone.
 */
function blockComponentParagraph(state: State, node: Paragraph) {
  const content = node.children.filter((child) => !(child.type === "text" && !child.value.trim()));
  const only = content.length === 1 ? content[0] : undefined;
  if (only?.type === "mdxJsxTextElement" && (only.name === "Callout" || only.name === "Steps")) return componentElement(state, only);
  return defaultHandlers.paragraph(state, node);
}

/**
 * MDX components become plain elements (<Callout> → <x-callout>) mapped to our components above: rendering them needs
 * no code evaluation. Their attributes were checked by parseMdxBody to be plain strings of allowed names.
 */
function componentElement(state: State, node: MdxJsxFlowElement | MdxJsxTextElement): Element {
  const properties: Record<string, string> = {};
  for (const attribute of node.attributes)
    if (attribute.type === "mdxJsxAttribute" && typeof attribute.value === "string") properties[attribute.name] = attribute.value;
  return {
    type: "element",
    tagName: `x-${(node.name ?? "fragment").toLowerCase()}`,
    properties,
    children: state.all(node) as ElementContent[],
  };
}

function textOf(node: ReactNode): string {
  if (typeof node === "string" || typeof node === "number") return String(node);
  if (Array.isArray(node)) return node.map(textOf).join("");
  if (node && typeof node === "object" && "props" in node) return textOf((node.props as { children?: ReactNode }).children);
  return "";
}
