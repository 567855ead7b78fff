import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { describe, it } from "node:test";
import { DATABASE_CONTENT_HEADER, publishTags, showsDatabaseContent } from "@/lib/cache/tags.mjs";
import { publicCacheControl } from "@/lib/http/cache-control";
import { cachedPagePolicy, inlineScriptHashes } from "@/lib/http/content-security-policy.mjs";
import { sitemapPagePaths } from "@/lib/site/sitemap";

const sha = (text: string) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;

describe("content security policy of cached pages", () => {
  it("hashes each inline script once and skips external and empty scripts", () => {
    const html = `<html><head><script src="/_next/static/a.js" async></script><script>self.__next_f=[]</script></head>
      <body><script>self.__next_f.push([1,"x"])</script><script type="application/ld+json">{"a":1}</script><script></script>
      <script>self.__next_f=[]</script></body></html>`;
    assert.deepEqual(inlineScriptHashes(html), [sha("self.__next_f=[]"), sha('self.__next_f.push([1,"x"])'), sha('{"a":1}')]);
  });

  it("allows only those scripts inline: no nonce, no 'unsafe-inline', no 'unsafe-eval'", () => {
    const policy = cachedPagePolicy("<html><script>go()</script></html>");
    const scriptSrc = policy.split("; ").find((directive) => directive.startsWith("script-src "));
    assert.equal(scriptSrc, `script-src 'self' ${sha("go()")}`);
  });
});

describe("cache tags and shared caching", () => {
  it("a publish expires the country's pages and every list", () => {
    assert.deepEqual(publishTags("germany"), ["db:profiles", "db:profile:germany"]);
    assert.ok(showsDatabaseContent(["_N_T_/layout", "db:profile:germany"]));
    assert.ok(!showsDatabaseContent(["_N_T_/layout", "_N_T_/en/glossary"]));
    assert.match(DATABASE_CONTENT_HEADER, /^x-/);
  });

  it("keeps Next's verdict on what is cacheable and sets how long by what the page shows", () => {
    assert.equal(
      publicCacheControl("private, no-cache, no-store, max-age=0, must-revalidate", true),
      "private, no-cache, no-store, max-age=0, must-revalidate",
    );
    assert.equal(publicCacheControl(undefined, false), undefined);
    assert.equal(publicCacheControl("s-maxage=31536000", true), "public, max-age=0, s-maxage=60, stale-while-revalidate=30");
    assert.equal(publicCacheControl("s-maxage=31536000", false), "public, max-age=300, s-maxage=600, stale-while-revalidate=86400");
  });
});

describe("warming the page cache", () => {
  it("reads every location of a sitemap as a path on this server", () => {
    const xml = `<urlset><url><loc>https://passage.example.org/en/countries/germany</loc></url>
      <url><loc>https://passage.example.org/fr/search?q=a&amp;type=guide</loc></url></urlset>`;
    assert.deepEqual(sitemapPagePaths(xml), ["/en/countries/germany", "/fr/search?q=a&type=guide"]);
  });
});
