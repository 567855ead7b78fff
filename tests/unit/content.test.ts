import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { before, describe, it } from "node:test";
import { checkContent, type ContentReport } from "@/lib/content/check";
import { ContentError } from "@/lib/content/errors";
import { parseMdxDocument } from "@/lib/content/files";
import { guidanceFrontmatterSchema } from "@/lib/content/schema";
import { locales, referenceLocale } from "@/lib/i18n/locales";

describe("the content corpus", () => {
  let report: ContentReport;
  before(async () => {
    report = await checkContent();
  });

  it("has no invalid file, broken link, unknown anchor or mismatched section id", () => {
    assert.deepEqual(report.problems, []);
  });

  it("has at least 40 English guidance pages: 4 hubs, 10 pathways, 26 guides", () => {
    const english = report.pages.filter((page) => page.locale === referenceLocale);
    const count = (type: string) => english.filter((page) => page.type === type).length;
    assert.ok(english.length >= 40, `${english.length} pages`);
    assert.equal(count("hub"), 4);
    assert.ok(count("pathway") >= 10, `${count("pathway")} pathways`);
    assert.ok(count("guide") >= 26, `${count("guide")} guides`);
  });

  it("has at least 90% of the English pages in every other locale", () => {
    const english = report.pages.filter((page) => page.locale === referenceLocale).length;
    for (const locale of locales) {
      const present = report.pages.filter((page) => page.locale === locale).length;
      assert.ok(present >= Math.ceil(english * 0.9), `${locale}: ${present} of ${english}`);
    }
  });

  it("gives every page official sources and review dates, and every translation its review status", () => {
    for (const page of report.pages) {
      assert.ok(page.frontmatter.sources.length > 0, page.file);
      assert.match(page.frontmatter.lastReviewed, /^\d{4}-\d{2}-\d{2}$/, page.file);
      if (page.locale !== referenceLocale) assert.equal(typeof page.frontmatter.translation?.reviewed, "boolean", page.file);
    }
  });

  it("has the glossary and the 27 country profiles in every locale", () => {
    for (const locale of locales) {
      assert.ok((report.glossary[locale]?.length ?? 0) >= 20, `glossary ${locale}`);
      assert.equal(report.countries.filter((country) => country.locale === locale).length, 27, `countries ${locale}`);
    }
  });
});

describe("a malformed content file", () => {
  const problemsOf = (file: string) => {
    try {
      parseMdxDocument(file, readFileSync(file, "utf8"), guidanceFrontmatterSchema);
      return [];
    } catch (error) {
      assert.ok(error instanceof ContentError);
      assert.equal(error.file, file);
      return error.problems;
    }
  };

  it("fails naming each field at fault", () => {
    const problems = problemsOf("tests/fixtures/content/bad-frontmatter.mdx");
    assert.ok(
      problems.some((p) => p.startsWith("description:")),
      problems.join("\n"),
    );
    assert.ok(
      problems.some((p) => p.startsWith("lastReviewed:")),
      problems.join("\n"),
    );
    assert.ok(
      problems.some((p) => p.startsWith("sources:") && p.includes("at least one official source")),
      problems.join("\n"),
    );
  });

  it("fails naming the lines of the body at fault", () => {
    const problems = problemsOf("tests/fixtures/content/bad-body.mdx");
    assert.ok(problems.includes('line 13: heading "No id here" needs an explicit id, e.g. [#my-section]'), problems.join("\n"));
    assert.ok(
      problems.some((p) => p.startsWith("line 15:") && p.includes("<Script>")),
      problems.join("\n"),
    );
  });
});
