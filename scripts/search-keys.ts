// `npm run search:keys`: finds or creates the web server's restricted Meilisearch keys and prints them as
// MEILI_SEARCH_KEY=… and MEILI_WRITE_KEY=… lines, for `npm run start:web` instances (README "Deployment").
// Uses MEILI_HOST/MEILI_MASTER_KEY, or the embedded Meilisearch's address and key from the data folder.
import { parseEnv } from "@/lib/env";
import { meiliAdminConnection } from "@/scripts/lib/meili-admin";
import { createSearchClient } from "@/lib/search/client";
import { ensureRestrictedKeys } from "@/lib/search/keys";

const env = parseEnv();
const { host, masterKey: key } = await meiliAdminConnection(env);
try {
  const keys = await ensureRestrictedKeys(createSearchClient({ host, apiKey: key, timeoutMs: 10_000 }), env.SEARCH_INDEX_PREFIX);
  console.log(`MEILI_SEARCH_KEY=${keys.searchKey}\nMEILI_WRITE_KEY=${keys.writeKey}`);
} catch (error) {
  console.error(`✗ Could not find or create the keys at ${host}: ${(error as Error).message}`);
  process.exitCode = 1;
}
