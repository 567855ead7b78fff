import { HIGHLIGHT_END, HIGHLIGHT_START } from "@/lib/search/markers";

/** Renders a snippet whose matches are wrapped in private-use markers as text with <mark>: never as HTML. */
export function Highlighted({ text }: { text: string }) {
  const parts: { text: string; marked: boolean }[] = [];
  let marked = false;
  for (const piece of text.split(new RegExp(`([${HIGHLIGHT_START}${HIGHLIGHT_END}])`))) {
    if (piece === HIGHLIGHT_START) marked = true;
    else if (piece === HIGHLIGHT_END) marked = false;
    else if (piece) parts.push({ text: piece, marked });
  }
  return <>{parts.map((part, index) => (part.marked ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>))}</>;
}
