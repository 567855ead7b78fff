// Queries one locale's index and returns plain hits whose snippets carry private-use highlight markers (never HTML).
import type { Meilisearch } from "meilisearch";
import type { Locale } from "@/lib/i18n/locales";
import { indexName } from "./client";
import { HIGHLIGHT_END, HIGHLIGHT_START } from "./markers";
import type { SearchDocument } from "./documents";

export const PAGE_SIZE = 10;

export interface SearchRequest {
  q: string;
  locale: Locale;
  type?: SearchDocument["type"];
  country?: string;
  page: number;
}

export interface SearchHit {
  url: string;
  title: string;
  section: string | null;
  snippet: string;
  type: SearchDocument["type"];
  locale: Locale;
}

export interface SearchResult {
  query: string;
  locale: Locale;
  total: number;
  page: number;
  totalPages: number;
  hits: SearchHit[];
  facets: { type: Record<string, number> };
}

/** Strips our markers from text that came from content, so a page cannot forge highlights. */
function unmark(text: string) {
  return text.replaceAll(HIGHLIGHT_START, "").replaceAll(HIGHLIGHT_END, "");
}

/** The cropped description or text, preferring the one where the query matched. */
function snippetOf(hit: SearchDocument & { _formatted?: Partial<Record<keyof SearchDocument, unknown>> }) {
  const candidates = [hit._formatted?.summary, hit._formatted?.text].map((value) => (typeof value === "string" ? value : ""));
  return (
    candidates.find((text) => text.includes(HIGHLIGHT_START)) ?? (candidates.find(Boolean) || unmark(hit.summary || hit.text).slice(0, 200))
  );
}

/** The Meilisearch search parameters for a request (the benchmark sends the very same to Meilisearch directly). */
export function searchOptions(request: SearchRequest) {
  // Filter values come from validated enums and slugs (lib/search/request.ts), so they cannot break out of the quotes.
  const filter = [request.type ? `type = "${request.type}"` : null, request.country ? `country = "${request.country}"` : null].filter(
    (f): f is string => f !== null,
  );
  return {
    filter,
    facets: ["type"],
    hitsPerPage: PAGE_SIZE,
    page: request.page,
    attributesToCrop: ["summary", "text"],
    cropLength: 32,
    attributesToHighlight: ["summary", "text"],
    highlightPreTag: HIGHLIGHT_START,
    highlightPostTag: HIGHLIGHT_END,
  };
}

/** Bounded by the client's own timeout (createSearchClient), which aborts the request rather than leaving it running. */
export async function searchIndex(client: Meilisearch, prefix: string, request: SearchRequest): Promise<SearchResult> {
  const response = await client.index<SearchDocument>(indexName(prefix, request.locale)).search(request.q, searchOptions(request));
  const hits = response.hits.map((hit) => ({
    url: hit.url,
    title: unmark(hit.title),
    section: hit.section ? unmark(hit.section) : null,
    snippet: snippetOf(hit),
    type: hit.type,
    locale: hit.locale,
  }));
  return {
    query: request.q,
    locale: request.locale,
    total: response.totalHits ?? hits.length,
    page: response.page ?? request.page,
    totalPages: response.totalPages ?? 1,
    hits,
    facets: { type: response.facetDistribution?.type ?? {} },
  };
}
