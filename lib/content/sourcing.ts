// Two checks on English content that readers act on (issue 13):
// 1. every figure sits in a block (paragraph, list item or table row) that cites its source;
// 2. every statement that Denmark or Ireland do not take part names the instrument it is about.
import type { Root, RootContent } from "mdast";
import { toString } from "mdast-util-to-string";

/** A unit of text that must carry its own source: a paragraph, a list item (without its sub-lists) or a table row. */
export interface TextBlock {
  /** A list item or table row may name the instrument anywhere in it; a paragraph, in the same sentence. */
  kind: "paragraph" | "item";
  line: number;
  text: string;
  /** The block contains an https link (an official source, since external links must be official). */
  linked: boolean;
}

type Node = Root | RootContent;

function hasHttpsLink(node: Node): boolean {
  if (node.type === "link" || node.type === "definition") return /^https:\/\//.test(node.url);
  return "children" in node && (node.children as Node[]).some(hasHttpsLink);
}

/**
 * The blocks of an MDX body, each with its line (plus `lineOffset`, the frontmatter lines). Headings are titles, not
 * statements: their figures are sourced in the text of their section, so they are not blocks.
 */
export function textBlocks(tree: Root, lineOffset = 0): TextBlock[] {
  const blocks: TextBlock[] = [];
  const add = (kind: TextBlock["kind"], node: Node, parts: Node[]) => {
    const line = (node.position?.start.line ?? 0) + lineOffset;
    blocks.push({ kind, line, text: parts.map((part) => toString(part)).join(" | "), linked: parts.some(hasHttpsLink) });
  };
  const walk = (node: Node) => {
    switch (node.type) {
      case "paragraph":
        add("paragraph", node, [node]);
        return;
      case "listItem": {
        const own = node.children.filter((child) => child.type !== "list");
        add("item", node, own);
        for (const child of node.children) if (child.type === "list") walk(child);
        return;
      }
      case "tableRow":
        add("item", node, node.children);
        return;
      case "heading":
        return;
    }
    if ("children" in node) for (const child of node.children as Node[]) walk(child);
  };
  walk(tree);
  return blocks;
}

const NUMBER_WORD =
  "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|eighteen|twenty|thirty|forty|fifty|sixty|ninety|hundred";
const NUMBER = `(?:\\d+(?:[.,]\\d+)*(?:\\s*(?:/|–|-|to|or|and)\\s*\\d+(?:[.,]\\d+)*)?|(?:${NUMBER_WORD})(?:[- ](?:${NUMBER_WORD}))?)`;

/**
 * What counts as a figure: an amount in euros ("EUR 90", "€90", "90 euros"), a percentage ("50%", "50 per cent") or a
 * number followed by a unit of time ("90 days", "90-day", "three-year", "18 months", "5 working days").
 * Article and act numbers ("Article 14(1)", "2005/36/EC"), dates ("11 June 2024") and CEFR levels ("B2") are not
 * followed by a unit, so they are not figures.
 */
const FIGURE = new RegExp(
  [
    `\\bEUR\\s?\\d[\\d.,]*`,
    `€\\s?\\d[\\d.,]*`,
    `\\b\\d+(?:[.,]\\d+)*\\s?(?:EUR|euros?)\\b`,
    `\\b\\d+(?:[.,]\\d+)?\\s?(?:%|per\\s?cent\\b|percent\\b)`,
    `\\b${NUMBER}[\\s-]+(?:(?:working|calendar|full|consecutive)[\\s-]+)?(?:days?|weeks?|months?|years?)\\b`,
  ].join("|"),
  "i",
);

/** A named act: a numbered EU act, a case, a Commission proposal, or a named national act or code. */
const ACT =
  /\b(?:Directive|Regulation|Decision)\s*(?:\((?:EU|EC|EEC|EU, Euratom)\)\s*)?(?:No\s*)?\d+\/\d+|\b\d{2,4}\/\d+\/(?:EU|EC|EEC)\b|\bC-\d+\/\d+|\bCOM\(\d{4}\)\s*\d+|\b(?:[A-Z][\w-]*\s+){0,4}(?:Act|Code|Law|Convention|Treaty|Charter|Ordinance|Decree|BeschV|AufenthG)\b/;
const ARTICLE = /\b(?:Articles?|Art\.)\s*\d+|§\s*\d+|\bsection\s+\d+|\bC-\d+\/\d+|\bCOM\(\d{4}\)\s*\d+/i;

/** True when the text cites an article of a named act (or a case or proposal number), or carries a link. */
export function citesSource(block: TextBlock): boolean {
  return block.linked || (ARTICLE.test(block.text) && ACT.test(block.text));
}

/** The figure found in a block, if any. */
export function figureIn(text: string): string | null {
  return FIGURE.exec(text)?.[0] ?? null;
}

const OPT_OUT =
  /\b(?:do|does|did)\s+not\s+(?:take\s+part|participate|apply|opt\s+in|implement|transpose)|\btake[sn]?\s+no\s+part|\bnot\s+(?:bound|taking\s+part|participating|covered|opted\s+in|(?:a\s+)?part\s+of)|\bopt(?:s|ed)?[\s-]?out|\bopt-outs?\b|\bexcept\b|\bapart\s+from\b|\bother\s+than\b|\bexcluding\b|\bneither\b/i;
const COUNTRY = /\b(?:Denmark|Ireland|Danish|Irish)\b/;
/** An instrument named by its number: "Directive 2003/86/EC", "Directive (EU) 2021/1883", "Regulation (EU) 2024/1415". */
const INSTRUMENT = /\b(?:Directives?|Regulations?|Decisions?)\s*(?:\((?:EU|EC|EEC)\)\s*)?(?:No\s*)?\d+\/\d+|\b\d{2,4}\/\d+\/(?:EU|EC|EEC)\b/;

/** Sentences of a block; abbreviations such as "Art." or "e.g." do not end one. */
export function sentences(text: string): string[] {
  const guarded = text.replace(/\b(Art|No|e\.g|i\.e|etc|para|Reg|Dir|cf)\./gi, "$1\u0000");
  return guarded.split(/(?<=[.!?])\s+(?=[A-Z"“(])/).map((sentence) => sentence.replace(/\u0000/g, "."));
}

/** A sentence that continues a statement about Denmark or Ireland without naming them ("They do not apply …"). */
const CONTINUATION = /^(?:They|Both|These (?:two )?countries|Neither|Each)\b/;

/**
 * Statements that Denmark or Ireland do not take part which do not name the instrument, sentence by sentence. A
 * sentence that refers back to the two countries ("They do not apply …") is read together with the one naming them.
 */
export function unnamedOptOuts(block: TextBlock): string[] {
  const found: string[] = [];
  const all = sentences(block.text).map((sentence) => sentence.trim());
  all.forEach((sentence, index) => {
    const previous = all[index - 1];
    const statement = CONTINUATION.test(sentence) && previous && COUNTRY.test(previous) ? `${previous} ${sentence}` : sentence;
    if (COUNTRY.test(statement) && OPT_OUT.test(statement) && !INSTRUMENT.test(statement)) found.push(statement);
  });
  return found;
}

/** Problems for one file's blocks: "line N: …" messages. */
export function sourcingProblems(blocks: TextBlock[]): string[] {
  const problems: string[] = [];
  for (const block of blocks) {
    const figure = figureIn(block.text);
    if (figure && !citesSource(block))
      problems.push(`line ${block.line}: "${figure.trim()}" needs its source in the same paragraph, list item or row (an article of a named act, or a link)`);
    const optOuts = block.kind === "item" && INSTRUMENT.test(block.text) ? [] : unnamedOptOuts(block);
    for (const sentence of optOuts)
      problems.push(`line ${block.line}: "${sentence.slice(0, 80)}…" says Denmark or Ireland do not take part without naming the directive or regulation`);
  }
  return problems;
}
