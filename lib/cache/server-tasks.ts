// What a web server process does beside answering requests: warm its page cache once it listens, follow the publish
// log to keep that cache fresh, and render again what a publish expired, so that readers (and a database outage right
// after a publish) always find every page in the cache.
import "server-only";
import { db } from "@/lib/db/client";
import { env, isBuildPhase, runtimeServices } from "@/lib/env";
import { followInvalidations } from "./invalidation";
import { markPageCacheReady, warmPageCache, type WarmReport } from "./warm";

/** After a publish, pages expired by the follower are re-rendered once it has seen every entry of the moment. */
const REWARM_DELAY_MS = 500;

function report({ pages, failed, ms }: WarmReport): void {
  const failures = failed.length ? ` (failed: ${failed.slice(0, 5).join(", ")})` : "";
  // Straight to stdout: Next.js swallows console output written from the instrumentation hook's tasks.
  process.stdout.write(`• Page cache warm: ${pages - failed.length} of ${pages} pages in ${(ms / 1000).toFixed(1)} s${failures}\n`);
}

export function startServerTasks() {
  if (isBuildPhase() || !runtimeServices().databaseUrl) return;
  const origin = `http://127.0.0.1:${env().PORT}`;
  let running: Promise<void> | null = null;
  let again = false;
  let timer: NodeJS.Timeout | undefined;
  const warm = () => {
    if (running) {
      again = true;
      return;
    }
    running = warmPageCache(origin)
      .then(report, (error: Error) => {
        process.stderr.write(`• Page cache warm-up stopped: ${error.message}\n`);
      })
      .finally(() => {
        running = null;
        if (again) {
          again = false;
          warm();
        }
      });
  };
  followInvalidations(db(), {
    onExpired: () => {
      clearTimeout(timer);
      timer = setTimeout(warm, REWARM_DELAY_MS);
    },
  });
  if (env().PAGE_CACHE_WARM_UP === "off") markPageCacheReady();
  else warm();
}
