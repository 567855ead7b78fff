import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { pageType } from "@/scripts/lib/site-urls";
import { parseSitemap } from "@/lib/site/sitemap";

describe("page benchmark: sitemap and page types", () => {
  it("reads the <loc> entries of a sitemap, not the hreflang alternates, and decodes entities", () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
<url>
<loc>https://example.org/en</loc>
<xhtml:link rel="alternate" hreflang="fr" href="https://example.org/fr" />
</url>
<url><loc> https://example.org/en/search?q=a&amp;b </loc></url>
</urlset>`;
    assert.deepEqual(parseSitemap(xml), { isIndex: false, locs: ["https://example.org/en", "https://example.org/en/search?q=a&b"] });
  });

  it("recognises a sitemap index", () => {
    const xml = `<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>https://example.org/s/0.xml</loc></sitemap></sitemapindex>`;
    assert.deepEqual(parseSitemap(xml), { isIndex: true, locs: ["https://example.org/s/0.xml"] });
  });

  it("groups paths by their first segment after the locale", () => {
    assert.equal(pageType("/en"), "home");
    assert.equal(pageType("/ar/countries/de"), "countries");
    assert.equal(pageType("/fr/guides/blue-card?x=1"), "guides");
    assert.equal(pageType("/robots.txt"), "robots.txt");
  });
});
