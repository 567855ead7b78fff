// `npm run search:index`: rebuilds every locale's index from the content, swapping each in atomically.
// Uses MEILI_HOST/MEILI_MASTER_KEY, or the embedded Meilisearch's address and key from the data folder.
import { parseEnv } from "@/lib/env";
import { databaseUrlOf } from "@/lib/db/embedded";
import { meiliAdminConnection } from "@/scripts/lib/meili-admin";
import { createPrismaClient } from "@/lib/db/prisma";
import { createSearchClient } from "@/lib/search/client";
import { buildSearchIndex } from "@/lib/search/rebuild";
import { step } from "@/lib/process/child";

const env = parseEnv();
const { host, masterKey: key } = await meiliAdminConnection(env);
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
