import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { lineDiff, revisionText } from "@/lib/editorial/diff";

describe("lineDiff", () => {
  it("marks kept, removed and added lines in order", () => {
    assert.deepEqual(lineDiff("a\nb\nc\nd", "a\nc\nx\nd"), [
      { kind: "same", text: "a" },
      { kind: "removed", text: "b" },
      { kind: "same", text: "c" },
      { kind: "added", text: "x" },
      { kind: "same", text: "d" },
    ]);
  });

  it("shows a changed line as removed then added", () => {
    assert.deepEqual(lineDiff("title: Old\nbody", "title: New\nbody"), [
      { kind: "removed", text: "title: Old" },
      { kind: "added", text: "title: New" },
      { kind: "same", text: "body" },
    ]);
  });

  it("gives only kept lines for equal texts, and every line for texts with nothing in common", () => {
    assert.ok(lineDiff("one\ntwo", "one\ntwo").every((line) => line.kind === "same"));
    const lines = lineDiff("a\nb", "c");
    assert.deepEqual(lines.map((line) => line.kind).sort(), ["added", "removed", "removed"]);
  });

  it("diffs the facts as YAML lines before the body", () => {
    const before = revisionText({ facts: { name: "Germany", schengen: "full" }, body: "## Text [#text]" });
    const after = revisionText({ facts: { name: "Germany", schengen: "partial" }, body: "## Text [#text]" });
    assert.equal(before, "name: Germany\nschengen: full\n---\n## Text [#text]");
    assert.deepEqual(
      lineDiff(before, after).filter((line) => line.kind !== "same"),
      [
        { kind: "removed", text: "schengen: full" },
        { kind: "added", text: "schengen: partial" },
      ],
    );
  });
});
