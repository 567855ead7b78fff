import assert from "node:assert/strict";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { gunzipSync } from "node:zlib";
import { after, before, beforeEach, describe, it } from "node:test";
import { expireTags } from "@/lib/cache/handler.mjs";
import { forgetAllPages, offerPage, pagePathOf, readyPage } from "@/lib/cache/ready-pages.mjs";
import { sendReadyPage } from "@/lib/http/ready-response";

const html = "<!DOCTYPE html><html><body><script>go()</script>Germany</body></html>";
const key = (path: string) => `/route-cache/APP_PAGE/${"ab".repeat(32)}/$${path}`;
const page = (headers: Record<string, string> = {}) => ({
  kind: "APP_PAGE",
  html,
  status: 200,
  headers: { "x-next-cache-tags": "_N_T_/layout,db:profile:atlantis", "content-security-policy": "script-src 'self'", ...headers },
});

let server: Server;
let origin: string;
before(async () => {
  server = createServer((request, response) => {
    if (!sendReadyPage(request, response)) response.writeHead(418).end("to Next");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(() => server.close());
beforeEach(() => forgetAllPages());

describe("ready page copies", () => {
  it("reads the page path from Next's cache key", () => {
    assert.equal(pagePathOf(key("/en/countries/germany")), "/en/countries/germany");
    assert.equal(pagePathOf(key("/index")), null);
    assert.equal(pagePathOf("/route-cache/APP_ROUTE/ff/$/sitemap.xml"), null);
    assert.equal(pagePathOf("/en/glossary"), "/en/glossary");
  });

  it("answers a plain GET with the cached body, Next's headers, gzip when asked and 304 on a matching ETag", async () => {
    offerPage(key("/en/countries/atlantis"), page({ "x-passage-database-content": "1" }), Date.now(), [
      "_N_T_/layout",
      "db:profile:atlantis",
    ]);
    const plain = await fetch(`${origin}/en/countries/atlantis`, { headers: { "accept-encoding": "identity" } });
    assert.equal(plain.status, 200);
    assert.equal(await plain.text(), html);
    assert.equal(plain.headers.get("content-security-policy"), "script-src 'self'");
    assert.equal(plain.headers.get("cache-control"), "public, max-age=0, s-maxage=60, stale-while-revalidate=30");
    assert.equal(plain.headers.get("x-frame-options"), "DENY");
    assert.match(plain.headers.get("vary")!, /^rsc, .*Accept-Encoding$/);
    assert.equal(plain.headers.get("x-next-cache-tags"), null);
    assert.equal(plain.headers.get("x-passage-cache"), "ready");
    assert.equal(plain.headers.get("x-passage-database-content"), null);

    const etag = plain.headers.get("etag")!;
    const conditional = await fetch(`${origin}/en/countries/atlantis`, { headers: { "if-none-match": etag } });
    assert.equal(conditional.status, 304);

    const raw = await new Promise<Buffer>((resolve, reject) => {
      import("node:http").then(({ get }) =>
        get(`${origin}/en/countries/atlantis`, { headers: { "accept-encoding": "br, gzip" } }, (response) => {
          assert.equal(response.headers["content-encoding"], "gzip");
          const chunks: Buffer[] = [];
          response.on("data", (chunk: Buffer) => chunks.push(chunk)).on("end", () => resolve(Buffer.concat(chunks)));
        }).on("error", reject),
      );
    });
    assert.equal(gunzipSync(raw).toString(), html);
  });

  it("leaves queries, client navigations, other methods and unknown pages to Next", async () => {
    offerPage(key("/en/glossary"), page(), Date.now(), ["_N_T_/layout"]);
    assert.equal((await fetch(`${origin}/en/glossary?q=visa`)).status, 418);
    assert.equal((await fetch(`${origin}/en/glossary`, { headers: { rsc: "1" } })).status, 418);
    assert.equal((await fetch(`${origin}/en/glossary`, { method: "POST" })).status, 418);
    assert.equal((await fetch(`${origin}/en/glossary/`)).status, 418);
    assert.equal((await fetch(`${origin}/en/glossary`)).status, 200);
  });

  it("drops a copy as soon as a publish expires one of its tags, and never takes one rendered before", async () => {
    const renderedAt = Date.now() - 1000;
    offerPage(key("/fr/countries/atlantis"), page(), renderedAt, ["db:profile:atlantis"]);
    assert.ok(readyPage("/fr/countries/atlantis"));
    expireTags(["db:profile:atlantis"]);
    assert.equal(readyPage("/fr/countries/atlantis"), undefined);
    assert.equal((await fetch(`${origin}/fr/countries/atlantis`)).status, 418);
    offerPage(key("/fr/countries/atlantis"), page(), renderedAt, ["db:profile:atlantis"]);
    assert.equal(readyPage("/fr/countries/atlantis"), undefined, "a copy older than the expiry is not taken back");
  });

  it("is used until the entry's revalidation time runs out, or a minute when that is not known", () => {
    const renderedAt = Date.now() - 10_000;
    offerPage(key("/en/countries/atlantis/student"), page(), renderedAt, [], 3600);
    assert.ok(readyPage("/en/countries/atlantis/student", renderedAt + 3_599_000));
    assert.equal(readyPage("/en/countries/atlantis/student", renderedAt + 3_600_000), undefined);
    offerPage(key("/en/countries/atlantis/student"), page(), Date.now() - 3_600_000, [], 3600);
    assert.equal(readyPage("/en/countries/atlantis/student"), undefined, "an entry already due for revalidation is not taken");

    offerPage(key("/en/glossary"), page(), Date.now(), [], false);
    assert.ok(readyPage("/en/glossary", Date.now() + 30 * 86_400_000));
    offerPage(key("/en/privacy"), page(), Date.now(), []);
    assert.ok(readyPage("/en/privacy"));
    assert.equal(readyPage("/en/privacy", Date.now() + 61_000), undefined);
  });

  it("takes only successful page entries", () => {
    offerPage(key("/en/missing"), { ...page(), status: 404 }, Date.now(), []);
    offerPage("/route-cache/APP_ROUTE/ff/$/sitemap.xml", { kind: "APP_ROUTE", body: Buffer.from("x") }, Date.now(), []);
    assert.equal(readyPage("/en/missing"), undefined);
    assert.equal(readyPage("/sitemap.xml"), undefined);
  });
});
