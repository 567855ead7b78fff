import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { parseMdxDocument } from "@/lib/content/files";
import { guidanceFrontmatterSchema } from "@/lib/content/schema";
import { figureIn, sourcingProblems, textBlocks } from "@/lib/content/sourcing";

describe("what counts as a figure", () => {
  it("finds euro amounts, percentages and numbers followed by a unit of time", () => {
    for (const [text, figure] of [
      ["a fee of EUR 90 per visa", "EUR 90"],
      ["a fee of €45", "€45"],
      ["at least 80% of the salary", "80%"],
      ["within 90 days of the application", "90 days"],
      ["the 90/180-day rule", "90/180-day"],
      ["a three-year maximum", "three-year"],
      ["between 3 and 12 months", "3 and 12 months"],
      ["within 5 working days", "5 working days"],
    ] as const)
      assert.equal(figureIn(text)?.trim().slice(0, figure.length), figure, text);
  });

  it("does not count article or act numbers, dates or CEFR levels", () => {
    for (const text of [
      "Article 14(1) of Directive 2005/36/EC",
      "Regulation (EU) 2024/1415 applies from 11 June 2024",
      "German at level B2, or C1 for doctors",
      "COM(2022) 650 and case C-508/10",
      "a year or more",
    ])
      assert.equal(figureIn(text), null, text);
  });
});

describe("a page with unsourced figures and opt-outs", () => {
  const file = "tests/fixtures/content/unsourced-figures.mdx";
  const page = parseMdxDocument(file, readFileSync(file, "utf8"), guidanceFrontmatterSchema);
  const problems = sourcingProblems(textBlocks(page.body.tree, page.lineOffset));
  const at = (line: number) => problems.filter((problem) => problem.startsWith(`line ${line}:`));

  it("fails each unsourced figure with its line, in a paragraph, a list item and a table row", () => {
    assert.equal(at(15).length, 1, problems.join("\n"));
    assert.match(at(15)[0]!, /"90 days" needs its source/);
    assert.equal(at(19).length, 1, problems.join("\n"));
    assert.equal(at(21).length, 1, problems.join("\n"));
    assert.equal(at(25).length, 1, problems.join("\n"));
  });

  it("accepts a figure beside an article of a named act or a link", () => {
    for (const line of [17, 20, 26, 28]) assert.deepEqual(at(line), [], `line ${line}`);
  });

  it("fails an opt-out sentence that names no instrument, not one that does", () => {
    assert.equal(at(32).length, 1, problems.join("\n"));
    assert.match(at(32)[0]!, /Denmark and Ireland do not take part in these directives/);
    assert.deepEqual(at(34), [], "a list item naming the directive");
    assert.equal(at(35).length, 1, "Schengen without the instrument");
  });

  it("reads a sentence that refers back to Denmark and Ireland with the one naming them", () => {
    assert.equal(at(37).length, 1, problems.join("\n"));
    assert.match(at(37)[0]!, /Beware of Denmark and Ireland\. They do not take part/);
  });

  it("reports nothing else", () => {
    assert.equal(problems.length, 7, problems.join("\n"));
  });
});
