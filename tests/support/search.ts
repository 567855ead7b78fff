// A real Meilisearch for integration tests: the embedded binary on a free port with a temporary data folder.
import { startEmbeddedMeilisearch } from "@/lib/search/embedded";
import { freePort, temporaryDir } from "@/lib/process/child";

export async function startTestMeilisearch() {
  const dataDir = await temporaryDir("passage-test-meili-");
  return { ...(await startEmbeddedMeilisearch(dataDir, await freePort())), dataDir };
}
