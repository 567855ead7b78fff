// The app's search service: one client from the runtime environment, master key server-side only.
import "server-only";
import type { Meilisearch } from "meilisearch";
import { runtimeServices } from "@/lib/env";
import { withTimeout } from "@/lib/timeout";
import { createSearchClient } from "./client";
import { searchIndex, type SearchRequest } from "./query";

let client: Meilisearch | undefined;

function searchClient() {
  const { meiliHost, meiliKey, meiliTimeoutMs } = runtimeServices();
  if (!meiliHost || !meiliKey) throw new Error("MEILI_HOST is not set: start the portal with `npm start`, which provides it.");
  client ??= createSearchClient({ host: meiliHost, apiKey: meiliKey, timeoutMs: meiliTimeoutMs });
  return client;
}

export function search(request: SearchRequest) {
  const { indexPrefix, meiliTimeoutMs } = runtimeServices();
  return searchIndex(searchClient(), indexPrefix, request, meiliTimeoutMs);
}

export async function pingSearch(timeoutMs: number) {
  await withTimeout(searchClient().health(), timeoutMs, "Meilisearch");
}
