// Whether the database answers, asked at most once a second however many requests want to know: the back office
// checks it before each page so that an outage is a clear 503, not an error deep inside a render.
import "server-only";
import { pingDatabase } from "@/lib/health";
import { withTimeout } from "@/lib/timeout";

const PROBE_TIMEOUT_MS = 1500;
const REMEMBER_MS = 1000;
let last: { at: number; available: Promise<boolean> } | undefined;

export function databaseAvailable(): Promise<boolean> {
  const now = Date.now();
  if (!last || now - last.at > REMEMBER_MS) {
    const available = withTimeout(pingDatabase(), PROBE_TIMEOUT_MS, "database").then(
      () => true,
      () => false,
    );
    last = { at: now, available };
  }
  return last.available;
}
