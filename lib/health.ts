// Health of the portal's two services, answered within a bound even when one of them hangs.
import { db } from "@/lib/db/client";
import { withTimeout } from "./timeout";

export type PartStatus = "ok" | "unreachable";
export interface HealthReport {
  status: "ok" | "degraded";
  database: PartStatus;
  search: PartStatus;
  version: string;
}

export async function checkHealth(
  probes: { database: () => Promise<unknown>; search: () => Promise<unknown> },
  version: string,
  timeoutMs = 2000,
): Promise<HealthReport> {
  const probe = (run: () => Promise<unknown>, what: string) =>
    withTimeout(Promise.resolve().then(run), timeoutMs, what).then(
      (): PartStatus => "ok",
      (): PartStatus => "unreachable",
    );
  const [database, search] = await Promise.all([probe(probes.database, "database"), probe(probes.search, "search")]);
  return { status: database === "ok" && search === "ok" ? "ok" : "degraded", database, search, version };
}

/** The database probe of the health check: the app's own client runs a trivial query. */
export function pingDatabase() {
  return db().$queryRaw`SELECT 1`;
}
