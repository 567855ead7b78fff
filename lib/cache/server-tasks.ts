// What a web server process does beside answering requests: warm its page cache once it listens, and follow the publish
// log to keep that cache fresh.
import "server-only";
import { db } from "@/lib/db/client";
import { env, isBuildPhase, runtimeServices } from "@/lib/env";
import { followInvalidations } from "./invalidation";
import { warmPageCache } from "./warm";

export function startServerTasks() {
  if (isBuildPhase() || !runtimeServices().databaseUrl) return;
  followInvalidations(db());
  void warmPageCache(`http://127.0.0.1:${env().PORT}`).then(
    ({ pages, failed, ms }) =>
      console.log(
        `• Page cache warmed: ${pages - failed.length} of ${pages} pages in ${(ms / 1000).toFixed(1)} s${failed.length ? ` (failed: ${failed.slice(0, 5).join(", ")})` : ""}`,
      ),
    (error: Error) => console.error(`• Page cache warm-up stopped: ${error.message}`),
  );
}
