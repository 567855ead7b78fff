// A line diff between two revisions (facts as YAML, then the body), computed by the `diff` package (Myers' algorithm).
import { diffArrays } from "diff";
import { stringify } from "yaml";

export type DiffLine = { kind: "same" | "added" | "removed"; text: string };

export function revisionText(revision: { facts: unknown; body: string }) {
  return `${stringify(revision.facts, { lineWidth: 0 }).trimEnd()}\n---\n${revision.body}`;
}

/** Every line of both texts once, in order, marked as kept, added or removed. */
export function lineDiff(before: string, after: string): DiffLine[] {
  return diffArrays(before.split("\n"), after.split("\n")).flatMap((change) =>
    change.value.map((text): DiffLine => ({ kind: change.added ? "added" : change.removed ? "removed" : "same", text })),
  );
}
