// The app's search service: one client from the runtime environment, master key server-side only.
import "server-only";
import type { Meilisearch } from "meilisearch";
import { db } from "@/lib/db/client";
import { runtimeServices } from "@/lib/env";
import type { Locale } from "@/lib/i18n/locales";
import { createSearchClient } from "./client";
import { publishedCountryDocuments } from "./countries";
import { replaceCountryDocuments } from "./indexer";
import { recordSearchMiss } from "./misses";
import { searchIndex, type SearchRequest, type SearchResult } from "./query";

let client: Meilisearch | undefined;

function searchClient() {
  const { meiliHost, meiliKey, meiliTimeoutMs } = runtimeServices();
  if (!meiliHost || !meiliKey) throw new Error("MEILI_HOST is not set: start the portal with `npm start`, which provides it.");
  client ??= createSearchClient({ host: meiliHost, apiKey: meiliKey, timeoutMs: meiliTimeoutMs });
  return client;
}

/** Searches one locale; a first page with no hit is counted for editors (without anything about the reader). */
export async function search(request: SearchRequest): Promise<SearchResult> {
  const { indexPrefix } = runtimeServices();
  const result = await searchIndex(searchClient(), indexPrefix, request);
  if (result.total === 0 && request.page === 1 && request.q) void recordSearchMiss(db(), request.q, request.locale).catch(() => undefined);
  return result;
}

/** Bounded by the client's own timeout (MEILI_TIMEOUT_MS). */
export async function pingSearch() {
  await searchClient().health();
}

/** Re-indexes one country profile from its published revision; called after an editor publishes it. */
export async function reindexCountryProfile(country: string, locale: Locale) {
  const { indexPrefix } = runtimeServices();
  const documents = await publishedCountryDocuments(db(), { country, locale });
  await replaceCountryDocuments(createSearchClient({ ...connection(), timeoutMs: 10_000 }), indexPrefix, country, locale, documents);
}

function connection() {
  const { meiliHost, meiliKey } = runtimeServices();
  return { host: meiliHost!, apiKey: meiliKey! };
}
