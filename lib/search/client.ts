// Meilisearch client factory. Every call is bounded by a timeout: a slow engine must not hang a page.
import { Meilisearch } from "meilisearch";
import { nodeHttpClient } from "./http";

export interface SearchConnection {
  host: string;
  apiKey: string;
  timeoutMs: number;
}

export function createSearchClient({ host, apiKey, timeoutMs }: SearchConnection) {
  return new Meilisearch({ host, apiKey, timeout: timeoutMs, httpClient: nodeHttpClient });
}

export function indexName(prefix: string, locale: string) {
  return `${prefix}_${locale}`;
}

/** The same documents as indexName's, searched on their stems. */
export function stemsIndexName(prefix: string, locale: string) {
  return `${prefix}_stems-${locale}`;
}

/** A locale's two indexes of its pages, by their words and by their stems: every document goes into both. */
export function documentIndexNames(prefix: string, locale: string) {
  return [indexName(prefix, locale), stemsIndexName(prefix, locale)] as const;
}

/** The words of a locale's corpus, where "did you mean" looks for a close spelling. */
export function termsIndexName(prefix: string, locale: string) {
  return `${prefix}_terms-${locale}`;
}
