// The app's search service. It holds only restricted keys (lib/search/keys.ts): the search key for queries, the write
// key for re-indexing a profile after a publish. The master key is never in the web server's environment.
import "server-only";
import type { Meilisearch } from "meilisearch";
import { db } from "@/lib/db/client";
import { runtimeServices } from "@/lib/env";
import { locales, referenceLocale, type Locale } from "@/lib/i18n/locales";
import { createSearchClient } from "./client";
import { publishedCountryDocuments } from "./countries";
import { refreshTerms, replaceCountryDocuments } from "./indexer";
import { recordSearchMiss } from "./misses";
import { searchIndex, type SearchRequest, type SearchResult } from "./query";

let client: Meilisearch | undefined;

function searchClient() {
  const { meiliHost, meiliSearchKey, meiliTimeoutMs } = runtimeServices();
  if (!meiliHost || !meiliSearchKey)
    throw new Error("MEILI_HOST or MEILI_SEARCH_KEY is not set: start the portal with `npm start`, which provides them.");
  client ??= createSearchClient({ host: meiliHost, apiKey: meiliSearchKey, timeoutMs: meiliTimeoutMs });
  return client;
}

/** Searches one locale; a first page with no hit is counted for editors (without anything about the reader). */
export async function search(request: SearchRequest): Promise<SearchResult> {
  const { indexPrefix } = runtimeServices();
  const result = await searchIndex(searchClient(), indexPrefix, request);
  if (result.total === 0 && request.page === 1 && request.q) void recordSearchMiss(db(), request.q, request.locale).catch(() => undefined);
  return result;
}

/**
 * The search page's results. When a first page has no hit but a close spelling of the query has ("did you mean"),
 * that spelling's results are shown straight away, as `correctedFrom` the query as typed: a reader on a slow network
 * is spared another round trip. The API (v1) answers with the suggestion alone and leaves the choice to its caller.
 */
export async function searchWithCorrection(request: SearchRequest): Promise<{ result: SearchResult; correctedFrom: string | null }> {
  const result = await search(request);
  if (result.total > 0 || !result.suggestion) return { result, correctedFrom: null };
  const corrected = await search({ ...request, q: result.suggestion, page: 1 });
  return corrected.total > 0 ? { result: corrected, correctedFrom: request.q } : { result, correctedFrom: null };
}

/** Bounded by the client's own timeout (MEILI_TIMEOUT_MS). */
export async function pingSearch() {
  await searchClient().health();
}

/**
 * Re-indexes one country profile from its published revision; called after an editor publishes it. An English publish
 * re-indexes every language: the routes' facts, shown in all of them, live in the English profile.
 */
export async function reindexCountryProfile(country: string, locale: Locale) {
  const { indexPrefix } = runtimeServices();
  const documents = await publishedCountryDocuments(db(), { country, locale: locale === referenceLocale ? undefined : locale });
  const client = writeClient();
  // Every language at once: Meilisearch queues the tasks, and each index is searchable as soon as its own is done. Its
  // "did you mean" words follow, recounted from the index.
  await Promise.all(
    (locale === referenceLocale ? locales : [locale]).map(async (target) => {
      await replaceCountryDocuments(
        client,
        indexPrefix,
        country,
        target,
        documents.filter((document) => document.locale === target),
      );
      await refreshTerms(client, indexPrefix, target);
    }),
  );
}

function writeClient() {
  const { meiliHost, meiliWriteKey } = runtimeServices();
  if (!meiliHost || !meiliWriteKey)
    throw new Error("MEILI_HOST or MEILI_WRITE_KEY is not set: start the portal with `npm start`, which provides them.");
  return createSearchClient({ host: meiliHost, apiKey: meiliWriteKey, timeoutMs: 10_000 });
}
