// Admission to Next for page requests that no ready copy answers (a first render, or a copy Next must look up). On
// 2 cores a burst of readers on pages never rendered before would otherwise start hundreds of renders at once: each
// gets a sliver of the CPU, memory and garbage collection grow with them, and every reader waits for all of them, so
// many give up before any page is done. A few at a time, first come first served, each reader waits only for those
// ahead, the server renders at its full rate, and a reader who gave up while waiting costs nothing.
import type { IncomingMessage, ServerResponse } from "node:http";
import pLimit from "p-limit";

/** Renders under way at once: enough to overlap a render's short waits (a cached read, a write), few enough to keep
 * each one fast. */
const RENDERS_AT_ONCE = 4;
/** Beyond this many waiting, a new request is refused with a 503 and Retry-After rather than queued without bound. */
const MAX_WAITING = 2000;
const RETRY_AFTER_S = 5;

/** Requests that never render a page: Next's static files, the APIs (search answers in milliseconds and has its own
 * rate limit) and the back office (editors must get through a burst of readers). */
const UNQUEUED = /^\/(_next\/static\/|api\/|admin(\/|$|\?))/;

export function needsAdmission(request: IncomingMessage) {
  if (request.method !== "GET" && request.method !== "HEAD") return false;
  return !UNQUEUED.test(request.url ?? "/");
}

export function createRenderQueue(concurrency = RENDERS_AT_ONCE, maxWaiting = MAX_WAITING) {
  const limit = pLimit(concurrency);
  return {
    get waiting() {
      return limit.pendingCount;
    },
    get active() {
      return limit.activeCount;
    },
    /**
     * Runs `handle` for this request when its turn comes; the slot is freed when the response is closed (sent, or
     * the reader left) or `handle` settles, whichever comes first. A reader who left while waiting is skipped.
     */
    admit(request: IncomingMessage, response: ServerResponse, handle: () => Promise<unknown>) {
      if (limit.pendingCount >= maxWaiting) {
        response
          .writeHead(503, {
            "Content-Type": "text/plain; charset=utf-8",
            "Cache-Control": "no-store",
            "Retry-After": String(RETRY_AFTER_S),
          })
          .end("The server is busy: please try again in a few seconds.\n");
        return;
      }
      void limit(() => {
        if (request.destroyed || response.writableEnded || response.destroyed) return;
        return new Promise<void>((resolve) => {
          const release = () => resolve();
          response.once("close", release);
          handle().then(release, release);
        });
      });
    },
  };
}
