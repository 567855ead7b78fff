import assert from "node:assert/strict";
import http from "node:http";
import { after, before, describe, it } from "node:test";
import { freePort } from "@/lib/process/child";
import { CLOSED, loadRun, SOCKET_ERROR, TIMEOUT, type RunFigures } from "@/scripts/lib/page-load";

// The page benchmark's load run against a small server with one path per outcome: each error must land on its path.
describe("page benchmark load run", () => {
  let server: http.Server;
  let origin: string;
  let figures: RunFigures;

  before(async () => {
    server = http.createServer((request, response) => {
      if (request.url === "/ok") response.end("fine");
      else if (request.url === "/fail") response.writeHead(500).end("broken");
      else if (request.url === "/drop") request.socket.destroy();
      // "/slow" is never answered.
    });
    const port = await freePort();
    await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
    origin = `http://127.0.0.1:${port}`;
    figures = await loadRun("test", { origin, paths: ["/ok", "/fail", "/slow", "/drop"], connections: 4, durationS: 3, timeoutS: 1 });
  });
  after(() => {
    server.closeAllConnections();
    server.close();
  });

  const of = (path: string) => {
    const stats = figures.byPath.get(path);
    assert.ok(stats, `${path} was requested`);
    return { responses: stats.responses, errors: Object.fromEntries(stats.errors) };
  };

  it("counts answers, and their latencies, only for the paths that answered", () => {
    assert.ok(of("/ok").responses > 0);
    assert.deepEqual(of("/ok").errors, {});
    assert.equal(figures.responses, of("/ok").responses + of("/fail").responses);
    assert.ok(figures.p95 < 1000, `p95 ${figures.p95} ms excludes the timed-out requests`);
  });

  it("counts a 5xx answer as an error of that status on its own path", () => {
    assert.ok(of("/fail").responses > 0);
    assert.deepEqual(of("/fail").errors, { "500": of("/fail").responses });
  });

  it("puts timeouts and dropped connections on the paths that caused them", () => {
    assert.equal(of("/slow").responses, 0);
    assert.deepEqual(Object.keys(of("/slow").errors), [TIMEOUT]);
    assert.equal(of("/drop").responses, 0);
    const dropKinds = Object.keys(of("/drop").errors);
    assert.ok(dropKinds.length > 0 && dropKinds.every((kind) => kind === CLOSED || kind === SOCKET_ERROR), dropKinds.join(", "));
  });

  it("totals the errors of every path", () => {
    const total = [...figures.byPath.values()].reduce((n, s) => n + [...s.errors.values()].reduce((a, b) => a + b, 0), 0);
    assert.equal(figures.errorCount, total);
    assert.ok(figures.errors.get("500")! > 0 && figures.errors.get(TIMEOUT)! > 0);
  });
});
