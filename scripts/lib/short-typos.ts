// `npm run bench:relevance`'s measure of typos in short words, both ways: how often a misspelt three-letter word still
// leads the reader to it (through a hit or "did you mean"), and how much noise the correctly spelt word meets (hits
// without it). Today's settings (a typo only from four letters, "did you mean" from three) are set against the same
// index allowing a typo from three letters, which is what "typo tolerance for short words" would mean in Meilisearch.
import type { Meilisearch } from "meilisearch";
import { locales, type Locale } from "@/lib/i18n/locales";
import { stem, stopWords, words } from "@/lib/search/analysis";
import { documentIndexNames } from "@/lib/search/client";
import type { SearchDocument } from "@/lib/search/documents";
import { rebuildIndexes, waitFor } from "@/lib/search/indexer";
import { searchIndex, type SearchResult } from "@/lib/search/query";
import { indexSettings } from "@/lib/search/settings";

const PER_LOCALE = 15;

/** The most frequent three-letter words of a locale's pages that are not stop words or numbers. */
function shortWords(corpus: SearchDocument[], locale: Locale) {
  const counts = new Map<string, number>();
  const stop = new Set(stopWords[locale]);
  for (const document of corpus.filter((d) => d.locale === locale))
    for (const word of words(`${document.title} ${document.text}`, locale))
      if ([...word].length === 3 && /^\p{L}+$/u.test(word) && !stop.has(word)) counts.set(word, (counts.get(word) ?? 0) + 1);
  return { words: [...counts].sort((a, b) => b[1] - a[1]).map(([word]) => word), known: counts };
}

/** The word with its middle letter replaced by the next letter of the alphabet that makes no word of the corpus. */
function misspell(word: string, known: Map<string, number>) {
  const letters = [...word];
  for (let shift = 1; shift < 6; shift++) {
    const typo = [letters[0], String.fromCodePoint(letters[1]!.codePointAt(0)! + shift), letters[2]].join("");
    if (/^\p{L}+$/u.test(typo) && !known.has(typo)) return typo;
  }
  return null;
}

/** Whether a hit shows the word, in any form its stem or Meilisearch's prefix search would match. */
function shows(hit: SearchResult["hits"][number], word: string, locale: Locale) {
  return words(`${hit.title} ${hit.section ?? ""} ${hit.snippet}`, locale).some(
    (w) => w.startsWith(word) || stem(w, locale) === stem(word, locale),
  );
}

export interface ShortTypoFigures {
  label: string;
  words: number;
  /** Misspelt words that still lead to the word: it is in a top-3 hit, or "did you mean" offers it. */
  found: number;
  /** Top-10 hits of the correctly spelt words that do not contain them. */
  noise: number;
  hits: number;
}

async function measure(client: Meilisearch, prefix: string, label: string, corpus: SearchDocument[]): Promise<ShortTypoFigures> {
  const figures = { label, words: 0, found: 0, noise: 0, hits: 0 };
  for (const locale of locales) {
    const { words: candidates, known } = shortWords(corpus, locale);
    for (const word of candidates.slice(0, PER_LOCALE)) {
      const typo = misspell(word, known);
      if (!typo) continue;
      figures.words += 1;
      const misspelt = await searchIndex(client, prefix, { q: typo, locale, page: 1 });
      if (misspelt.hits.slice(0, 3).some((hit) => shows(hit, word, locale)) || misspelt.suggestion === word) figures.found += 1;
      const spelt = await searchIndex(client, prefix, { q: word, locale, page: 1 });
      figures.hits += spelt.hits.length;
      figures.noise += spelt.hits.filter((hit) => !shows(hit, word, locale)).length;
    }
  }
  return figures;
}

/** Today's indexes under `prefix`, and copies (the words' and the stems') that allow a typo from three letters. */
export async function measureShortTypos(client: Meilisearch, prefix: string, corpus: SearchDocument[]) {
  const loose = `${prefix}-typo3`;
  await rebuildIndexes(client, loose, corpus);
  for (const locale of locales) {
    const { typoTolerance } = indexSettings(locale);
    for (const uid of documentIndexNames(loose, locale)) {
      const task = await client
        .index(uid)
        .updateSettings({ typoTolerance: { ...typoTolerance, minWordSizeForTypos: { oneTypo: 3, twoTypos: 7 } } });
      await waitFor(client, task, `typo from three letters in ${uid}`);
    }
  }
  return [
    await measure(client, prefix, "today: typo from 4 letters, did-you-mean from 3", corpus),
    await measure(client, loose, "alternative: typo from 3 letters", corpus),
  ];
}

export function formatShortTypos(figures: ShortTypoFigures) {
  const pct = (part: number, whole: number) => `${((100 * part) / Math.max(1, whole)).toFixed(1)}%`;
  return `${figures.label.padEnd(48)} misspelt found ${pct(figures.found, figures.words).padStart(6)} (${figures.found}/${figures.words})  noise in hits of the right word ${pct(figures.noise, figures.hits).padStart(6)} (${figures.noise}/${figures.hits})`;
}
