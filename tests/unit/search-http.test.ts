// The Meilisearch transport (lib/search/http.ts) against a real local HTTP server that answers, fails or stalls.
import assert from "node:assert/strict";
import { getEventListeners } from "node:events";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { after, before, describe, it } from "node:test";
import { createSearchClient } from "@/lib/search/client";
import { MeilisearchHttpError, nodeHttpClient } from "@/lib/search/http";

describe("Meilisearch HTTP transport", () => {
  let server: http.Server;
  let base: string;
  /** Requests whose socket the client closed before the server answered them in full. */
  let abandoned = 0;
  let received = 0;

  before(async () => {
    server = http.createServer((request, response) => {
      received++;
      response.on("close", () => {
        if (!response.writableFinished) abandoned++;
      });
      const chunks: Buffer[] = [];
      request.on("data", (chunk: Buffer) => chunks.push(chunk));
      request.on("end", () => {
        switch (request.url) {
          case "/echo":
            response.writeHead(200, { "content-type": "application/json" });
            response.end(
              JSON.stringify({ method: request.method, length: request.headers["content-length"], body: Buffer.concat(chunks).toString() }),
            );
            break;
          case "/health":
          case "/stall":
            break; // never answers
          case "/stall-body":
            response.writeHead(200, { "content-type": "application/json" });
            response.write('{"hits": [');
            break; // never ends
          case "/error":
            response.writeHead(500, { "content-type": "application/json" });
            response.end(JSON.stringify({ message: "index is broken", code: "internal" }));
            break;
          case "/garbage-error":
            response.writeHead(502, { "content-type": "text/html" });
            response.end("<html>bad gateway</html>");
            break;
          case "/garbage":
            response.writeHead(200, { "content-type": "application/json" });
            response.end("not json {");
            break;
          default:
            response.writeHead(404).end();
        }
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  const settleOf = async (promise: Promise<unknown>) => {
    const started = Date.now();
    const outcome = await promise.then(
      (value) => ({ value, error: undefined }),
      (error: unknown) => ({ value: undefined, error }),
    );
    return { ...outcome, ms: Date.now() - started };
  };
  const closed = async (count: number) => {
    for (let i = 0; i < 50 && abandoned < count; i++) await new Promise((resolve) => setTimeout(resolve, 10));
    return abandoned;
  };

  it("sends the method and a string body with its byte length, and parses the JSON answer", async () => {
    const body = JSON.stringify({ q: "Übersetzung" });
    assert.deepEqual(await nodeHttpClient(`${base}/echo`, { method: "POST", body }), {
      method: "POST",
      length: String(Buffer.byteLength(body)),
      body,
    });
  });

  it("aborts a request the server never answers: rejects with the signal's reason and closes the socket", async () => {
    const before = abandoned;
    const { error, ms } = await settleOf(nodeHttpClient(`${base}/stall`, { signal: AbortSignal.timeout(100) }));
    assert.ok(error instanceof DOMException && error.name === "TimeoutError", `rejected with the timeout reason, got ${String(error)}`);
    assert.ok(ms >= 90 && ms < 1000, `settled after the timeout, took ${ms} ms`);
    assert.equal(await closed(before + 1), before + 1, "the server saw the connection closed");
  });

  it("aborts a response whose body stalls", async () => {
    const before = abandoned;
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error("gave up")), 100);
    const { error } = await settleOf(nodeHttpClient(`${base}/stall-body`, { signal: controller.signal }));
    assert.match(String(error), /gave up/);
    assert.equal(await closed(before + 1), before + 1);
  });

  it("sends nothing when the signal is already aborted", async () => {
    const before = received;
    const { error } = await settleOf(nodeHttpClient(`${base}/echo`, { signal: AbortSignal.abort(new Error("too late")) }));
    assert.match(String(error), /too late/);
    assert.equal(received, before);
  });

  it("rejects a non-2xx answer with its status and Meilisearch's message", async () => {
    const { error } = await settleOf(nodeHttpClient(`${base}/error`));
    assert.ok(error instanceof MeilisearchHttpError);
    assert.equal(error.status, 500);
    assert.equal(error.message, "Meilisearch: index is broken");
  });

  it("rejects a non-2xx answer that is not JSON with its status and the raw body", async () => {
    const { error } = await settleOf(nodeHttpClient(`${base}/garbage-error`));
    assert.ok(error instanceof MeilisearchHttpError);
    assert.equal(error.status, 502);
    assert.equal(error.message, "Meilisearch: HTTP 502");
    assert.equal(error.body, "<html>bad gateway</html>");
  });

  it("hands back a 2xx body that is not JSON as text, for the client to refuse", async () => {
    assert.equal(await nodeHttpClient(`${base}/garbage`), "not json {");
  });

  it("rejects when nothing listens on the port", async () => {
    const closedServer = http.createServer();
    await new Promise<void>((resolve) => closedServer.listen(0, "127.0.0.1", resolve));
    const { port } = closedServer.address() as AddressInfo;
    await new Promise((resolve) => closedServer.close(resolve));
    const { error } = await settleOf(nodeHttpClient(`http://127.0.0.1:${port}/health`));
    assert.equal((error as NodeJS.ErrnoException).code, "ECONNREFUSED");
  });

  it("leaves no abort listener behind on a signal shared by many requests", async () => {
    const controller = new AbortController();
    for (let i = 0; i < 5; i++) await nodeHttpClient(`${base}/echo`, { signal: controller.signal });
    await nodeHttpClient(`${base}/error`, { signal: controller.signal }).catch(() => undefined);
    assert.equal(getEventListeners(controller.signal, "abort").length, 0);
  });

  it("lets the meilisearch client's own timeout abort a stalled call, reported as a timeout", async () => {
    const before = abandoned;
    const client = createSearchClient({ host: base, apiKey: "k".repeat(16), timeoutMs: 150 });
    const { error, ms } = await settleOf(client.health());
    assert.equal((error as Error).name, "MeilisearchRequestError");
    assert.equal(((error as Error).cause as Error).name, "MeilisearchRequestTimeOutError", "the client recognises its own timeout");
    assert.ok(ms < 1000, `took ${ms} ms`);
    assert.equal(await closed(before + 1), before + 1, "the stalled request was closed, not left running");
  });
});
