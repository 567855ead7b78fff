// The Meilisearch address and master key for CLIs that manage indexes or keys: MEILI_HOST/MEILI_MASTER_KEY, or the
// embedded Meilisearch that `npm start` runs (its key is in the data folder).
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Env } from "@/lib/env";

export async function meiliAdminConnection(env: Env): Promise<{ host: string; masterKey: string }> {
  const host = env.MEILI_HOST ?? `http://127.0.0.1:${env.MEILI_EMBEDDED_PORT}`;
  const masterKey = env.MEILI_MASTER_KEY ?? (await readFile(path.join(env.DATA_DIR, "meili-master-key"), "utf8").catch(() => "")).trim();
  if (!masterKey) {
    console.error("✗ No Meilisearch key: set MEILI_HOST and MEILI_MASTER_KEY, or run `npm start` first so the embedded one exists.");
    process.exit(1);
  }
  return { host, masterKey };
}
