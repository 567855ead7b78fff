// Queries one locale's index and returns plain hits whose snippets carry private-use highlight markers (never HTML).
import type { FacetDistribution, Meilisearch, MultiSearchQuery } from "meilisearch";
import type { Locale } from "@/lib/i18n/locales";
import { keyWords, namedCountries, stemQuery } from "./analysis";
import { indexName, stemsIndexName, termsIndexName } from "./client";
import type { SearchDocument } from "./documents";
import { snippetOf, snippetTerms, unmark } from "./snippet";
import { MAX_TOTAL_HITS, searchLocales } from "./settings";

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

// How many of the words' query's hits the merge lifts: the pages that use all of the reader's own words, among the first
// hits a reader sees. The stems' query finds them too (its synonyms are stemmed as well), so the rest of the ranking is
// the stems' query's. Each hit scored costs time (three and five rank alike on the relevance set); every page of results
// reads the same merged ranking.
export const WORDS_LIFTED = 3;

const RETRIEVED = ["id", "url", "title", "section", "summary", "text", "type", "locale"] as const;

/**
 * The Meilisearch queries for a request (the benchmark sends the very same to Meilisearch directly): its key words on
 * the words' index, and their stems on the stems' index, each ranked by Meilisearch, merged here by ranking score
 * (mergeHits). Two plain queries cost a fifth of the same two as one federated search, which scores every candidate in
 * detail. The question words are stop words. The words' query lifts only pages that have every key word (a page with
 * some of them is found through its stems as well), which also spares it the ranking of partial matches on long
 * queries; on the stems' query, when too few pages match every word, the last words are dropped first ("frequency"
 * would keep a word that no page has). `scope` narrows a request that filters on nothing (scopeOf). Snippets are made
 * by snippet.ts, not by Meilisearch.
 */
export function searchQuery(prefix: string, request: SearchRequest, scope: string | null = null): { queries: MultiSearchQuery[] } {
  // Filter values come from validated enums and slugs (lib/search/request.ts, analysis.ts), so they cannot break out
  // of the quotes.
  const filter = [
    request.type ? `type = "${request.type}"` : null,
    request.country ? `country = "${request.country}"` : null,
    scope,
  ].filter((f): f is string => f !== null);
  // Every hit up to the requested page: the merged ranking decides which of them the page shows.
  const limit = request.page * PAGE_SIZE;
  const common = {
    filter,
    locales: searchLocales(request.locale),
    attributesToRetrieve: [...RETRIEVED],
    showRankingScore: true,
  };
  // The key words, not the query as typed: Meilisearch's "last" strategy never drops the first word, and a leading
  // question word, being a stop word, is in no page ("how do I ..." would find nothing).
  const words = keyWords(request.q, request.locale).join(" ");
  const stems = stemQuery(request.q, request.locale);
  // The query whose hits fill the pages and whose facets are counted; the words' query only lifts some of them.
  const listing = { ...common, matchingStrategy: "last" as const, limit, facets: ["type"] };
  const stemsQuery = { ...listing, indexUid: stemsIndexName(prefix, request.locale), q: stems };
  const wordsQuery = {
    ...common,
    indexUid: indexName(prefix, request.locale),
    q: words,
    matchingStrategy: "all" as const,
    limit: WORDS_LIFTED,
  };
  const queries: MultiSearchQuery[] = !stems
    ? // A query with no word at all ("???"): the words' index alone, as typed.
      [{ ...listing, indexUid: indexName(prefix, request.locale), q: request.q }]
    : // Key words that are their own stems: the stems' query finds every page the words' query would.
      stems === words
      ? [stemsQuery]
      : [wordsQuery, stemsQuery];
  return { queries };
}

type RankedDocument = Pick<SearchDocument, (typeof RETRIEVED)[number]> & { _rankingScore?: number };

/**
 * The page's hits from the queries' results, as one ranking: by ranking score, the words' query first on a tie, each
 * document once. The total is that of the larger list, and the facet counts are the stems' query's (searchQuery):
 * estimates, as Meilisearch's own totals are.
 */
export function mergeHits(
  results: { hits: RankedDocument[]; estimatedTotalHits?: number; facetDistribution?: FacetDistribution }[],
  page: number,
) {
  const ranked = results
    .flatMap((result, list) => result.hits.map((hit, order) => ({ hit, score: hit._rankingScore ?? 0, list, order })))
    .sort((a, b) => b.score - a.score || a.list - b.list || a.order - b.order);
  const seen = new Set<string>();
  const unique = ranked.filter(({ hit }) => !seen.has(hit.id) && seen.add(hit.id)).map(({ hit }) => hit);
  const total = Math.max(0, ...results.map((result) => result.estimatedTotalHits ?? result.hits.length));
  const types = results.find((result) => result.facetDistribution)?.facetDistribution?.type ?? {};
  return { hits: unique.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE), total, types };
}

const GENERAL_PAGES = `type NOT IN ["country", "route"]`;

/**
 * Where a request that filters on nothing is searched first (a Meilisearch filter), or null for everywhere. A query
 * that names no member state asks about a pathway or a topic: the general pages, not the country profiles and routes,
 * whose titles repeat the pathways' names 27 times. A query that names some asks about them: the general pages and
 * those countries' profiles and routes, not the other countries'.
 */
export function scopeOf(request: SearchRequest): string | null {
  if (request.type || request.country) return null;
  const countries = namedCountries(request.q, request.locale);
  return countries.length ? `${GENERAL_PAGES} OR country IN [${countries.map((slug) => `"${slug}"`).join(", ")}]` : GENERAL_PAGES;
}

async function runSearch(client: Meilisearch, prefix: string, request: SearchRequest, scope: string | null): Promise<SearchResult> {
  // Each query in its own request, both at once: Meilisearch runs a multi-search's queries one after the other.
  const results = await Promise.all(
    searchQuery(prefix, request, scope).queries.map(
      async (query) => (await client.multiSearch<{ queries: MultiSearchQuery[] }, RankedDocument>({ queries: [query] })).results[0]!,
    ),
  );
  const merged = mergeHits(results, request.page);
  const terms = snippetTerms(request.q, request.locale);
  return {
    query: request.q,
    locale: request.locale,
    total: merged.total,
    page: request.page,
    totalPages: Math.max(1, Math.ceil(Math.min(merged.total, MAX_TOTAL_HITS) / PAGE_SIZE)),
    hits: merged.hits.map((hit) => ({
      url: hit.url,
      title: unmark(hit.title),
      section: hit.section ? unmark(hit.section) : null,
      snippet: snippetOf(hit, terms),
      type: hit.type,
      locale: hit.locale,
    })),
    facets: { type: merged.types },
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

/** Whether a request has any match: its queries counted, with nothing ranked, scored or retrieved. */
async function hasMatches(client: Meilisearch, prefix: string, request: SearchRequest): Promise<boolean> {
  const counts = await Promise.all(
    searchQuery(prefix, request).queries.map(async ({ facets: _facets, ...query }) => {
      const only = { ...query, limit: 0, showRankingScore: false, attributesToRetrieve: [] };
      return (await client.multiSearch({ queries: [only] })).results[0]!.estimatedTotalHits ?? 0;
    }),
  );
  return counts.some((count) => count > 0);
}

/**
 * Bounded by the client's own timeout (createSearchClient), which aborts the request rather than leaving it running.
 * A request is searched in its scope first (scopeOf), everywhere when that has no match. A first page with no match
 * at all carries a "did you mean" suggestion that has matches: it is looked up while the search runs everywhere.
 */
export async function searchIndex(client: Meilisearch, prefix: string, request: SearchRequest): Promise<SearchResult> {
  const scope = scopeOf(request);
  const scoped = await runSearch(client, prefix, request, scope);
  if (scoped.total > 0) return scoped;
  const [result, suggestion] = await Promise.all([
    scope ? runSearch(client, prefix, request, null) : scoped,
    request.page === 1 ? suggestSpelling(client, prefix, request) : null,
  ]);
  if (result.total > 0 || !suggestion) return result;
  return (await hasMatches(client, prefix, { ...request, q: suggestion, page: 1 })) ? { ...result, suggestion } : result;
}
