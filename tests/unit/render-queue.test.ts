import assert from "node:assert/strict";
import { createServer, request as httpRequest, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { after, before, describe, it } from "node:test";
import { createRenderQueue, needsAdmission } from "@/lib/http/render-queue";

/** A server whose "renders" take as long as the request's ?ms= says, through a queue of 2 with room for 3 waiting. */
describe("render queue", () => {
  const queue = createRenderQueue(2, 3);
  const started: string[] = [];
  let peak = 0;
  let server: Server;
  let origin: string;

  before(async () => {
    server = createServer((request, response) => {
      queue.admit(request, response, async () => {
        started.push(request.url!);
        peak = Math.max(peak, queue.active);
        const ms = Number(new URL(request.url!, "http://x").searchParams.get("ms") ?? 0);
        await new Promise((resolve) => setTimeout(resolve, ms));
        response.end(request.url);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("renders a few at a time, first come first served", async () => {
    started.length = 0;
    peak = 0;
    const answers: string[] = [];
    const requests = [1, 2, 3, 4].map(async (n) => {
      await new Promise((resolve) => setTimeout(resolve, n * 5));
      answers.push(await (await fetch(`${origin}/page-${n}?ms=60`)).text());
    });
    await Promise.all(requests);
    assert.equal(peak, 2);
    assert.deepEqual(started, ["/page-1?ms=60", "/page-2?ms=60", "/page-3?ms=60", "/page-4?ms=60"]);
    assert.equal(answers.length, 4);
  });

  it("skips a reader who left while waiting", async () => {
    started.length = 0;
    const busy = [fetch(`${origin}/busy-1?ms=150`), fetch(`${origin}/busy-2?ms=150`)];
    await new Promise((resolve) => setTimeout(resolve, 20));
    const gone = await new Promise<IncomingMessage | Error>((resolve) => {
      const request = httpRequest(`${origin}/gone`, resolve).on("error", resolve);
      request.end();
      setTimeout(() => request.destroy(), 30);
    });
    assert.ok(gone instanceof Error);
    await Promise.all(busy);
    await new Promise((resolve) => setTimeout(resolve, 20));
    assert.deepEqual(started, ["/busy-1?ms=150", "/busy-2?ms=150"]);
  });

  it("refuses with 503 and Retry-After once too many are waiting", async () => {
    const pending = Array.from({ length: 5 }, (_, n) => fetch(`${origin}/full-${n}?ms=100`));
    await new Promise((resolve) => setTimeout(resolve, 20));
    const refused = await fetch(`${origin}/one-too-many`);
    assert.equal(refused.status, 503);
    assert.equal(refused.headers.get("retry-after"), "5");
    assert.match(await refused.text(), /busy/);
    for (const response of await Promise.all(pending)) assert.equal(response.status, 200);
  });

  it("admits page requests only: not static files, the APIs or the back office", () => {
    const request = (method: string, url: string) => ({ method, url }) as IncomingMessage;
    assert.equal(needsAdmission(request("GET", "/en/countries/germany/eu-blue-card")), true);
    assert.equal(needsAdmission(request("HEAD", "/sitemap.xml")), true);
    assert.equal(needsAdmission(request("POST", "/en/countries/germany")), false);
    assert.equal(needsAdmission(request("GET", "/_next/static/chunks/app.js")), false);
    assert.equal(needsAdmission(request("GET", "/api/search?q=visa")), false);
    assert.equal(needsAdmission(request("GET", "/admin")), false);
    assert.equal(needsAdmission(request("GET", "/admin/profiles/germany")), false);
    assert.equal(needsAdmission(request("GET", "/administration")), true);
  });
});
