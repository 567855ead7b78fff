import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { toString } from "mdast-util-to-string";
import { parseMdxBody, sectionNodes } from "@/lib/content/mdx";
import { qrFormatSchema, shareHref, sharedPageRef, sharedPath, shareQueryFrom, sitePathSchema } from "@/lib/share/request";

const query = (params: Record<string, string>) => shareQueryFrom(new URLSearchParams(params));

describe("share: page paths", () => {
  it("names guidance pages, hubs, country pages and country route pages", () => {
    assert.deepEqual(sharedPageRef("/pathways/eu-blue-card"), { kind: "guidance", ref: { type: "pathway", slug: "eu-blue-card" } });
    assert.deepEqual(sharedPageRef("/guides/applying-from-abroad"), {
      kind: "guidance",
      ref: { type: "guide", slug: "applying-from-abroad" },
    });
    assert.deepEqual(sharedPageRef("/work-permits"), { kind: "guidance", ref: { type: "hub", slug: "work-permits" } });
    assert.deepEqual(sharedPageRef("/countries/germany"), { kind: "country", country: "germany" });
    assert.deepEqual(sharedPageRef("/countries/germany/eu-blue-card"), { kind: "route", country: "germany", route: "eu-blue-card" });
  });

  it("refuses anything else: locales, other sites, other folders, traversal, odd characters", () => {
    for (const path of [
      "",
      "/",
      "/en/pathways/eu-blue-card",
      "pathways/eu-blue-card",
      "//evil.example/pathways/x",
      "https://evil.example/",
      "/pathways/../admin",
      "/pathways/EU-Blue-Card",
      "/pathways/eu-blue-card/extra",
      "/admin",
      "/search",
      "/guides/",
      "/pathways/eu_blue_card",
      "/countries/germany/eu-blue-card/x",
    ])
      assert.equal(sharedPageRef(path), null, path);
  });
});

describe("share: query", () => {
  it("accepts a page with or without a section", () => {
    const whole = query({ page: "/pathways/eu-blue-card" });
    assert.ok(whole.success);
    assert.deepEqual(whole.data, { page: "/pathways/eu-blue-card", section: undefined });
    const section = query({ page: "/pathways/eu-blue-card", section: "who-can-apply" });
    assert.ok(section.success);
    assert.equal(section.data.section, "who-can-apply");
    assert.ok(query({ page: "/pathways/eu-blue-card", section: "" }).success, "an empty section means the whole page");
  });

  it("refuses a missing or malformed page and a malformed section, with a message", () => {
    for (const params of <Record<string, string>[]>[
      {},
      { page: "/en/pathways/eu-blue-card" },
      { page: "https://evil.example/" },
      { page: "/pathways/eu-blue-card", section: "Who Can Apply" },
      { page: "/pathways/eu-blue-card", section: "#who-can-apply" },
      { page: "/pathways/eu-blue-card", section: "a".repeat(101) },
      { page: `/pathways/${"a".repeat(300)}` },
    ]) {
      const result = query(params);
      assert.equal(result.success, false, JSON.stringify(params));
      assert.ok(result.error.issues[0]?.message, "a message for the reader");
    }
  });

  it("builds the share page, handout and section addresses in the reader's locale", () => {
    const q = { page: "/pathways/eu-blue-card", section: "who-can-apply" };
    assert.equal(shareHref("share", "ar", q), "/ar/share?page=%2Fpathways%2Feu-blue-card&section=who-can-apply");
    assert.equal(shareHref("handout", "fr", { page: "/visas" }), "/fr/handout?page=%2Fvisas");
    assert.equal(sharedPath("uk", q), "/uk/pathways/eu-blue-card#who-can-apply");
    const roundTrip = shareQueryFrom(new URL(`http://x${shareHref("share", "en", q)}`).searchParams);
    assert.ok(roundTrip.success);
    assert.deepEqual(roundTrip.data, q);
  });
});

describe("share: the QR endpoint's url", () => {
  it("accepts site-relative paths, with a fragment", () => {
    for (const path of [
      "/en",
      "/en/pathways/eu-blue-card",
      "/ar/pathways/eu-blue-card#who-can-apply",
      "/en/countries/germany/eu-blue-card",
    ])
      assert.ok(sitePathSchema.safeParse(path).success, path);
  });

  it("refuses other sites, schemes and protocol-relative or backslash tricks", () => {
    for (const path of [
      "https://evil.example/",
      "//evil.example/x",
      "/\\evil.example",
      "javascript:alert(1)",
      "en/pathways",
      "",
      "/en/<script>",
      "/en/pathways eu",
      `/${"a".repeat(400)}`,
    ])
      assert.equal(sitePathSchema.safeParse(path).success, false, path);
  });

  it("knows two formats, SVG by default", () => {
    assert.equal(qrFormatSchema.parse(undefined), "svg");
    assert.equal(qrFormatSchema.parse("png"), "png");
    assert.equal(qrFormatSchema.safeParse("gif").success, false);
  });
});

describe("share: a section's nodes", () => {
  const { tree } = parseMdxBody(
    ["## One [#one]", "", "First.", "", "### Inner [#inner]", "", "Inside.", "", "## Two [#two]", "", "Second."].join("\n"),
  );
  it("runs from after its heading to the next heading of the same or a higher level", () => {
    assert.equal(
      sectionNodes(tree, "one")
        ?.map((node) => toString(node))
        .join("|"),
      "First.|Inner|Inside.",
    );
    assert.equal(
      sectionNodes(tree, "inner")
        ?.map((node) => toString(node))
        .join("|"),
      "Inside.",
    );
    assert.equal(
      sectionNodes(tree, "two")
        ?.map((node) => toString(node))
        .join("|"),
      "Second.",
    );
  });
  it("is null for an id the page does not have", () => {
    assert.equal(sectionNodes(tree, "three"), null);
  });
});
