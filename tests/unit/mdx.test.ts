import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { MdxError, parseMdxBody } from "@/lib/content/mdx";

const problemsOf = (body: string) => {
  try {
    parseMdxBody(body);
    return [];
  } catch (error) {
    assert.ok(error instanceof MdxError, String(error));
    return error.problems;
  }
};

describe("parseMdxBody", () => {
  it("takes explicit heading ids and splits the text into sections", () => {
    const parsed = parseMdxBody(
      "Intro.\n\n## Who can apply [#who-can-apply]\n\nNurses.\n\n### Family [#family]\n\nSpouses.\n\n## Steps [#steps]\n\n1. Apply\n",
    );
    assert.deepEqual(
      parsed.sections.map((s) => [s.id, s.title, s.depth]),
      [
        ["who-can-apply", "Who can apply", 2],
        ["family", "Family", 3],
        ["steps", "Steps", 2],
      ],
    );
    assert.match(parsed.sections[0]!.text, /Nurses[\s\S]*Spouses/);
    assert.equal(parsed.sections[1]!.text, "Spouses.");
  });

  it("refuses a heading without an id, naming the line", () => {
    assert.deepEqual(problemsOf("Text\n\n## Conditions\n"), ['line 3: heading "Conditions" needs an explicit id, e.g. [#my-section]']);
  });

  it("refuses duplicate ids and the reserved sources id", () => {
    const problems = problemsOf("## A [#a]\n\n## B [#a]\n\n## Sources [#sources]\n");
    assert.ok(problems.some((p) => p.includes('"a" is used twice')));
    assert.ok(problems.some((p) => p.includes("reserved")));
  });

  it("refuses import/export, expressions, unknown components and raw script", () => {
    const problems = problemsOf('import X from "y"\n\n{alert(1)}\n\n<Script />\n\n<Callout type="danger">x</Callout>\n');
    assert.ok(problems.some((p) => p.startsWith("line 1: import/export")));
    assert.ok(problems.some((p) => p.startsWith("line 3: JavaScript expressions")));
    assert.ok(problems.some((p) => p.includes("<Script> is not an allowed component")));
    assert.ok(problems.some((p) => p.includes('type="danger"')));
  });

  it("refuses javascript: links and expression attributes", () => {
    const problems = problemsOf('[click](javascript:alert(1))\n\n<Term id={"x"}>x</Term>\n');
    assert.ok(problems.some((p) => p.includes("javascript:alert(1)")));
    assert.ok(problems.some((p) => p.includes("plain quoted strings")));
  });

  it("reports a syntax error with its line", () => {
    const [problem] = problemsOf("Fine.\n\nA bare < here { and an unclosed brace\n");
    assert.match(problem ?? "", /MDX syntax error \(line 3\)/);
  });

  it("collects links and glossary terms", () => {
    const parsed = parseMdxBody('See [the guide](/guides/x#a) and <Term id="apostille">apostille</Term>.\n');
    assert.deepEqual(
      parsed.links.map((l) => l.url),
      ["/guides/x#a"],
    );
    assert.deepEqual(parsed.terms, ["apostille"]);
  });
});
