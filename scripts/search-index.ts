// `npm run search:index`: rebuilds every locale's index from the content, swapping each in atomically.
// Uses MEILI_HOST/MEILI_MASTER_KEY, or the embedded Meilisearch's address and key from the data folder.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { parseEnv } from "@/lib/env";
import { databaseUrlOf } from "@/lib/db/embedded";
import { createPrismaClient } from "@/lib/db/prisma";
import { createSearchClient } from "@/lib/search/client";
import { buildSearchIndex } from "@/lib/search/rebuild";
import { step } from "@/lib/process/child";

const env = parseEnv();
const host = env.MEILI_HOST ?? `http://127.0.0.1:${env.MEILI_EMBEDDED_PORT}`;
const key = env.MEILI_MASTER_KEY ?? (await readFile(path.join(env.DATA_DIR, "meili-master-key"), "utf8").catch(() => "")).trim();
if (!key) {
  console.error("✗ No Meilisearch key: set MEILI_HOST and MEILI_MASTER_KEY, or run `npm start` first so the embedded one exists.");
  process.exit(1);
}
const client = createSearchClient({ host, apiKey: key, timeoutMs: 30_000 });
// Country profiles come from the database: DATABASE_URL, or the embedded one that `npm start` runs.
const prisma = createPrismaClient(databaseUrlOf(env), 2);
try {
  await step(
    `Search index at ${host}`,
    () => buildSearchIndex(client, env.SEARCH_INDEX_PREFIX, { onlyIfChanged: false, prisma }),
    (r) => `${r.documents} documents`,
  );
} catch (error) {
  console.error(
    `✗ Indexing failed: ${(error as Error).message} (are Meilisearch at ${host} and the database running? \`npm start\` runs both)`,
  );
  process.exitCode = 1;
} finally {
  await prisma.$disconnect();
}
