// Per-language text analysis that Meilisearch does not do itself: Snowball stemming (nlp.js, which also ships a
// Ukrainian stemmer, a port of the rule-based UkrStemmer: Snowball has none for Ukrainian), the question and function
// words to ignore, and spotting a member state named in a query. The same functions run at index and at query time.
import { StemmerAr } from "@nlpjs/lang-ar";
import { StemmerEn } from "@nlpjs/lang-en-min";
import { StemmerEs } from "@nlpjs/lang-es";
import { StemmerFr } from "@nlpjs/lang-fr";
import { StemmerPt } from "@nlpjs/lang-pt";
import { StemmerUk } from "@nlpjs/lang-uk";
import type { Locale } from "@/lib/i18n/locales";
import ar from "./stop-words/ar.json";
import en from "./stop-words/en.json";
import es from "./stop-words/es.json";
import fr from "./stop-words/fr.json";
import pt from "./stop-words/pt.json";
import uk from "./stop-words/uk.json";

export const stopWords: Record<Locale, string[]> = { en, fr, es, pt, ar, uk };
const stopSets = Object.fromEntries(Object.entries(stopWords).map(([locale, words]) => [locale, new Set(words)])) as Record<
  Locale,
  Set<string>
>;

interface Stemmer {
  stemWord(word: string): string;
}
const stemmers: Record<Locale, Stemmer> = {
  en: new StemmerEn(),
  fr: new StemmerFr(),
  es: new StemmerEs(),
  pt: new StemmerPt(),
  ar: new StemmerAr(),
  uk: new StemmerUk(),
};

// Letters and digits, with an apostrophe inside a word kept (Ukrainian "сім'ї", French "aujourd'hui"); typographic
// apostrophes are read as the plain one, as readers type either.
const WORD = /[\p{L}\p{M}\p{N}]+(?:'[\p{L}\p{M}]+)*/gu;

export function words(text: string, locale: Locale): string[] {
  return (text.toLocaleLowerCase(locale).replace(/[’ʼ`]/g, "'").match(WORD) ?? []).map((word) => word.normalize("NFC"));
}

export function stem(word: string, locale: Locale): string {
  // Stemmers work on bare words; French elisions ("l'arrivée") and apostrophes inside words are stemmed as parts.
  return word
    .split("'")
    .map((part) => (part.length > 2 ? stemmers[locale].stemWord(part) : part))
    .join("'");
}

/** A text as its stems, for the index's *_stem fields. */
export function stemText(text: string, locale: Locale): string {
  return words(text, locale)
    .map((word) => stem(word, locale))
    .join(" ");
}

/** The query's key words: its words without the question and function words (all of them if it has nothing else). */
export function keyWords(query: string, locale: Locale): string[] {
  const all = words(query, locale);
  const key = all.filter((word) => !stopSets[locale].has(word));
  return key.length ? key : all;
}

/** The query as stems of its key words, matched against the *_stem fields. */
export function stemQuery(query: string, locale: Locale): string {
  return keyWords(query, locale)
    .map((word) => stem(word, locale))
    .join(" ");
}

// The 27 member states by ISO code, with the slug of their profile (content/countries/<slug>): Passage has a profile
// and routes for each.
export const MEMBER_STATES = {
  AT: "austria",
  BE: "belgium",
  BG: "bulgaria",
  HR: "croatia",
  CY: "cyprus",
  CZ: "czechia",
  DK: "denmark",
  EE: "estonia",
  FI: "finland",
  FR: "france",
  DE: "germany",
  GR: "greece",
  HU: "hungary",
  IE: "ireland",
  IT: "italy",
  LV: "latvia",
  LT: "lithuania",
  LU: "luxembourg",
  MT: "malta",
  NL: "netherlands",
  PL: "poland",
  PT: "portugal",
  RO: "romania",
  SK: "slovakia",
  SI: "slovenia",
  ES: "spain",
  SE: "sweden",
} as const;

const countryStems = new Map<Locale, { slug: string; name: string[] }[]>();
// Stemmers do not always fold a name's cases to one stem (Ukrainian "Франція" and "Франції"): its final vowels go too.
const nameKey = (word: string, locale: Locale) => stem(word, locale).replace(/[аеєиіїоуюяь]+$/u, "");

function countryNameStems(locale: Locale) {
  let names = countryStems.get(locale);
  if (!names) {
    const display = new Intl.DisplayNames([locale], { type: "region" });
    names = Object.entries(MEMBER_STATES)
      .map(([code, slug]) => ({ slug, name: words(display.of(code) ?? "", locale).map((word) => nameKey(word, locale)) }))
      .filter(({ name }) => name.length);
    countryStems.set(locale, names);
  }
  return names;
}

/**
 * The member states a query names (their profiles' slugs), in any inflection the stemmer folds ("Франції", "Франція";
 * Arabic with or without the article). A query that names none is asking about a pathway, not one country's route.
 */
export function namedCountries(query: string, locale: Locale): string[] {
  const stems = words(query, locale).map((word) => nameKey(word, locale));
  return countryNameStems(locale)
    .filter(({ name }) => stems.some((_, i) => name.every((part, j) => stems[i + j] === part)))
    .map(({ slug }) => slug);
}
