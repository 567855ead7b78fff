// Index settings, kept in code and data files and applied by the indexer: an empty Meilisearch is fully configured by
// one command.
import type { Settings } from "meilisearch";
import type { Locale } from "@/lib/i18n/locales";
import { stemText, stopWords } from "./analysis";
import ar from "./synonyms/ar.json";
import en from "./synonyms/en.json";
import es from "./synonyms/es.json";
import fr from "./synonyms/fr.json";
import pt from "./synonyms/pt.json";
import uk from "./synonyms/uk.json";

// Acronyms and plain-language paraphrases readers type, tied to the words the pages use. Word forms are not listed:
// the stemmed fields cover them.
const synonyms: Record<Locale, Record<string, string[]>> = { en, fr, es, pt, ar, uk };

// Meilisearch's language codes (ISO 639-3), so that it segments and normalises each index as its language.
const meiliLocale = { en: "eng", fr: "fra", es: "spa", pt: "por", ar: "ara", uk: "ukr" } as const satisfies Record<Locale, string>;

export const exactAttributes = ["title", "section", "summary", "text"] as const;
export const stemAttributes = ["title_stem", "section_stem", "summary_stem", "text_stem"] as const;

export const MAX_TOTAL_HITS = 1000;

export function searchLocales(locale: Locale) {
  return [meiliLocale[locale]];
}

/** The synonyms as the stems' index reads them: both sides stemmed, so that the stems' query finds them too. */
export function stemmedSynonyms(locale: Locale): Record<string, string[]> {
  const stemmed: Record<string, string[]> = {};
  for (const [key, values] of Object.entries(synonyms[locale])) {
    const from = stemText(key, locale);
    const to = values.map((value) => stemText(value, locale)).filter((value) => value && value !== from);
    if (from && to.length) stemmed[from] = [...new Set([...(stemmed[from] ?? []), ...to])];
  }
  return stemmed;
}

function settingsOf(locale: Locale, searchableAttributes: readonly string[], synonymList: Record<string, string[]>): Settings {
  return {
    searchableAttributes: [...searchableAttributes],
    filterableAttributes: ["type", "pillar", "country", "locale"],
    displayedAttributes: ["id", "url", "title", "section", "summary", "text", "type", "pillar", "country", "locale", "lastReviewed"],
    // Attribute before proximity: a match in a page or section title beats scattered words in a long body.
    // Then pathways and hubs before guides, guides before country profiles, when the match is otherwise as good.
    rankingRules: ["words", "typo", "attribute", "weight:desc", "proximity", "exactness"],
    synonyms: synonymList,
    stopWords: stopWords[locale],
    localizedAttributes: [{ attributePatterns: ["*"], locales: searchLocales(locale) }],
    typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 4, twoTypos: 7 } },
    pagination: { maxTotalHits: MAX_TOTAL_HITS },
  };
}

/**
 * The words' index: the pages' own words. Without prefix search: its query only lifts the pages that have every word as
 * typed (query.ts), while the stems' index finds a word still being typed. Prefix search here cost a fifth of the
 * query's time (a third at p95) and changed no ranking of the relevance set.
 */
export function indexSettings(locale: Locale): Settings {
  return { ...settingsOf(locale, exactAttributes, synonyms[locale]), prefixSearch: "disabled" };
}

/**
 * The stems' index: the same documents, searched on their stems. Its own index rather than four more fields of the
 * words' one: each query then ranks on four fields, not eight, which makes the ranking score that the merge needs
 * cheaper, and a title matched through its stems ranks as a title.
 */
export function stemsIndexSettings(locale: Locale): Settings {
  return settingsOf(locale, stemAttributes, stemmedSynonyms(locale));
}

/** The corpus's words ("did you mean"): the closest spelling first, then the most frequent; short words get a typo too. */
export function termsIndexSettings(locale: Locale): Settings {
  return {
    searchableAttributes: ["term"],
    displayedAttributes: ["term"],
    sortableAttributes: ["count"],
    rankingRules: ["words", "typo", "count:desc", "exactness"],
    prefixSearch: "disabled",
    localizedAttributes: [{ attributePatterns: ["*"], locales: searchLocales(locale) }],
    typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 3, twoTypos: 6 } },
  };
}
