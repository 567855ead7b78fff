// Queries one locale's index and returns plain hits whose snippets carry private-use highlight markers (never HTML).
import type { Meilisearch, MultiSearchQuery } from "meilisearch";
import type { Locale } from "@/lib/i18n/locales";
import { keyWords, namesCountry, stem } from "./analysis";
import { indexName, termsIndexName } from "./client";
import { HIGHLIGHT_END, HIGHLIGHT_START } from "./markers";
import type { SearchDocument } from "./documents";
import { searchLocales } from "./settings";

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
  /** When nothing matched: a close spelling that has matches ("did you mean"). */
  suggestion: string | null;
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

/**
 * The Meilisearch search for a request (the benchmark sends the very same to Meilisearch directly). The query is its
 * key words (the question words are stop words), each preceded by its stem when that differs: a page with the words as
 * typed matches more of the query than one with other forms of them, and each field's stems rank right after the field
 * itself (settings.ts). When too few pages match every term, the last terms go first, a word before its stem
 * ("frequency" would keep a word that no page has). With `general`, country profiles and routes are left out: see
 * searchIndex. One search, not a federated one with a stems' query: that doubled the latency for a point of top-3.
 */
export function searchQuery(prefix: string, request: SearchRequest, general = false) {
  // Filter values come from validated enums and slugs (lib/search/request.ts), so they cannot break out of the quotes.
  const filter = [
    request.type ? `type = "${request.type}"` : null,
    request.country ? `country = "${request.country}"` : null,
    general ? `type NOT IN ["country", "route"]` : null,
  ].filter((f): f is string => f !== null);
  const terms = keyWords(request.q, request.locale).flatMap((word) => {
    const stemmed = stem(word, request.locale);
    return stemmed === word ? [word] : [stemmed, word];
  });
  return {
    indexUid: indexName(prefix, request.locale),
    q: [...new Set(terms)].join(" ") || request.q,
    options: {
      filter,
      matchingStrategy: "last" as const,
      locales: searchLocales(request.locale),
      facets: ["type"],
      hitsPerPage: PAGE_SIZE,
      page: request.page,
      attributesToCrop: ["summary", "text"],
      cropLength: 32,
      attributesToHighlight: ["summary", "text"],
      highlightPreTag: HIGHLIGHT_START,
      highlightPostTag: HIGHLIGHT_END,
    },
  };
}

/** Whether the request is answered by the general pages first: it names no member state and filters on none. */
export function wantsGeneralPages(request: SearchRequest) {
  return !request.type && !request.country && !namesCountry(request.q, request.locale);
}

async function runSearch(client: Meilisearch, prefix: string, request: SearchRequest, general: boolean): Promise<SearchResult> {
  const { indexUid, q, options } = searchQuery(prefix, request, general);
  const response = await client.index<SearchDocument>(indexUid).search(q, options);
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
    suggestion: null,
  };
}

/**
 * A close spelling of the query whose words the corpus has, or null: each key word is looked up among the corpus's
 * words (lenient typo tolerance, most frequent first); a word with no close one is left out.
 */
export async function suggestSpelling(client: Meilisearch, prefix: string, request: SearchRequest): Promise<string | null> {
  const key = keyWords(request.q, request.locale);
  if (!key.length) return null;
  const { results } = await client.multiSearch<{ queries: MultiSearchQuery[] }, { term: string }>({
    queries: key.map((word) => ({ indexUid: termsIndexName(prefix, request.locale), q: word, limit: 1, attributesToRetrieve: ["term"] })),
  });
  const suggestion = results
    .map((result) => result.hits[0]?.term)
    .filter(Boolean)
    .join(" ");
  return suggestion && suggestion !== key.join(" ") ? suggestion : null;
}

/**
 * Bounded by the client's own timeout (createSearchClient), which aborts the request rather than leaving it running.
 * A query that names no member state is asking about a pathway or a topic, not one country: the country profiles and
 * routes (whose titles repeat the pathways' names 27 times) are searched only when the general pages have no match.
 * A first page with no match at all carries a "did you mean" suggestion that has matches.
 */
export async function searchIndex(client: Meilisearch, prefix: string, request: SearchRequest): Promise<SearchResult> {
  const general = wantsGeneralPages(request);
  let result = await runSearch(client, prefix, request, general);
  if (result.total === 0 && general) result = await runSearch(client, prefix, request, false);
  if (result.total > 0 || request.page !== 1) return result;
  const suggestion = await suggestSpelling(client, prefix, request);
  if (suggestion && (await runSearch(client, prefix, { ...request, q: suggestion, page: 1 }, false)).total > 0)
    return { ...result, suggestion };
  return result;
}
