// The search as it was before the language analysis of issue #14 (commit 89015a5^), kept only as `npm run
// bench:relevance`'s latency reference, so that today's search is timed against it on the same machine, corpus and run:
// one Meilisearch query of the words as typed over the four fields (no stems, no stop words, no fallback, no "did you
// mean"), snippets cropped and highlighted by Meilisearch, exact page counts.
import type { Meilisearch } from "meilisearch";
import type { Locale } from "@/lib/i18n/locales";
import type { SearchDocument } from "@/lib/search/documents";
import { replaceIndexes } from "@/lib/search/indexer";
import { HIGHLIGHT_END, HIGHLIGHT_START } from "@/lib/search/markers";
import { indexSettings } from "@/lib/search/settings";

const indexOf = (prefix: string, locale: Locale) => `${prefix}-before_${locale}`;

/**
 * The index with the earlier settings: today's words' index less its stop words and language, with the ranking rules,
 * sortable field and prefix search it had then (the same reference as the figures of stops 19 and 20).
 */
export async function buildBeforeIndexes(client: Meilisearch, prefix: string, documents: SearchDocument[], locales: readonly Locale[]) {
  for (const locale of locales) {
    const { localizedAttributes: _localized, stopWords: _stopWords, prefixSearch: _prefixSearch, ...settings } = indexSettings(locale);
    await replaceIndexes(client, [
      {
        uid: indexOf(prefix, locale),
        settings: {
          ...settings,
          sortableAttributes: ["weight"],
          rankingRules: ["words", "typo", "attribute", "weight:desc", "proximity", "sort", "exactness"],
        },
        documents: documents.filter((document) => document.locale === locale),
      },
    ]);
  }
}

export function searchBefore(client: Meilisearch, prefix: string, q: string, locale: Locale) {
  return client.index(indexOf(prefix, locale)).search(q, {
    facets: ["type"],
    hitsPerPage: 10,
    page: 1,
    attributesToCrop: ["summary", "text"],
    cropLength: 32,
    attributesToHighlight: ["summary", "text"],
    highlightPreTag: HIGHLIGHT_START,
    highlightPostTag: HIGHLIGHT_END,
  });
}
