// The proxy's decision for a guidance or country URL: render it, show "not translated yet", or a plain 404.
import assert from "node:assert/strict";
import { mkdtemp, mkdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { guidanceAvailability } from "@/lib/content/availability";

describe("guidance availability", () => {
  let root: string;
  before(async () => {
    // A tree where the visas hub and one guide exist in English only, and a pathway in English and French.
    root = await mkdtemp(path.join(tmpdir(), "passage-availability-"));
    const files = [
      "hubs/visas/en.mdx",
      "guides/only-english/en.mdx",
      "pathways/eu-blue-card/en.mdx",
      "pathways/eu-blue-card/fr.mdx",
      "countries/germany/en.mdx",
      "countries/germany/ar.mdx",
    ];
    for (const file of files) {
      await mkdir(path.dirname(path.join(root, file)), { recursive: true });
      await writeFile(path.join(root, file), "---\n---\n");
    }
  });
  after(() => rm(root, { recursive: true, force: true }));
  const check = (pathname: string) => guidanceAvailability(pathname, root);

  it("renders pages that exist in the requested language, with or without a trailing slash", () => {
    assert.deepEqual(check("/fr/pathways/eu-blue-card"), { status: "available" });
    assert.deepEqual(check("/en/pathways/eu-blue-card/"), { status: "available" });
    assert.deepEqual(check("/en/visas"), { status: "available" });
    assert.deepEqual(check("/ar/countries/germany"), { status: "available" });
  });

  it("names the English page when only the translation is missing", () => {
    assert.deepEqual(check("/es/pathways/eu-blue-card"), { status: "untranslated", key: "pathways/eu-blue-card", locale: "es" });
    assert.deepEqual(check("/uk/visas"), { status: "untranslated", key: "hubs/visas", locale: "uk" });
    assert.deepEqual(check("/ar/guides/only-english"), { status: "untranslated", key: "guides/only-english", locale: "ar" });
    assert.deepEqual(check("/fr/countries/germany"), { status: "untranslated", key: "countries/germany", locale: "fr" });
  });

  it("answers unknown for pages that exist in no language, and for malformed slugs without touching the disk", () => {
    assert.deepEqual(check("/en/guides/no-such-guide"), { status: "unknown", locale: "en" });
    assert.deepEqual(check("/fr/countries/atlantis"), { status: "unknown", locale: "fr" });
    assert.deepEqual(check("/en/work-permits"), { status: "unknown", locale: "en" }, "a pillar whose hub file is missing");
    assert.deepEqual(check("/en/guides/..%2F..%2Fetc"), { status: "unknown", locale: "en" });
    assert.deepEqual(check("/en/guides/Only-English"), { status: "unknown", locale: "en" });
  });

  it("leaves every other URL to the router", () => {
    for (const pathname of [
      "/",
      "/en",
      "/en/search",
      "/en/glossary",
      "/en/countries",
      "/xx/visas",
      "/de/pathways/eu-blue-card",
      "/en/guides/a/b",
      "/admin",
    ])
      assert.equal(check(pathname), null, pathname);
  });

  it("reads the real content tree by default", () => {
    assert.deepEqual(guidanceAvailability("/ar/pathways/eu-blue-card"), { status: "available" });
    assert.deepEqual(guidanceAvailability("/ar/pathways/no-such-pathway"), { status: "unknown", locale: "ar" });
  });
});
