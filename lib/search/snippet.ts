// Search snippets are cut and highlighted here, not by Meilisearch: its cropping and highlighting cost more than the
// search itself (2–3 ms of a 3–4 ms query on this corpus, `npm run bench:relevance`), and here the word forms that
// matched through their stems are highlighted too ("recognised" for a query on "recognition").
import type { Locale } from "@/lib/i18n/locales";
import { keyWords, stem } from "./analysis";
import { HIGHLIGHT_END, HIGHLIGHT_START } from "./markers";

/** Words in a snippet, as Meilisearch's `cropLength` counted them. */
export const SNIPPET_WORDS = 32;
const ELLIPSIS = "…";
// Words before the first match, so that a snippet reads as a sentence rather than starting on the matched word.
const LEAD_WORDS = 4;

// A word is what analysis.ts's words are: letters, marks and digits, and an apostrophe inside a word followed by letters
// (in any of the four forms readers type). Words are found by looking each character up in a table built once, not by
// a regex match per word, which made an object for every word of every hit's text. The table covers the scripts of our
// six languages; other characters are tested one by one.
const OTHER = 0;
const LETTER = 1; // or mark
const DIGIT = 2;
const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u;
const DIGIT_CHAR = /^\p{N}$/u;
const kindOfChar = (char: string) => (LETTER_OR_MARK.test(char) ? LETTER : DIGIT_CHAR.test(char) ? DIGIT : OTHER);
const TABLE_END = 0x3000;
const kinds = Uint8Array.from({ length: TABLE_END }, (_, point) => kindOfChar(String.fromCharCode(point)));
const kindOf = (point: number) => (point < TABLE_END ? kinds[point]! : kindOfChar(String.fromCodePoint(point)));
const APOSTROPHES = new Set([..."'’ʼ`"].map((char) => char.charCodeAt(0)));

/** Calls `visit` with each word's start and end, in order, until it returns false. */
export function forEachWord(text: string, visit: (start: number, end: number) => boolean | void) {
  const length = text.length;
  let start = -1; // where the current word began; -1 between words
  let lettersOnly = false; // after an apostrophe inside a word, only letters and marks go on with it
  for (let at = 0; at < length;) {
    const point = text.codePointAt(at)!;
    const kind = kindOf(point);
    const next = at + (point > 0xffff ? 2 : 1);
    if (start >= 0) {
      if (kind === LETTER || (kind === DIGIT && !lettersOnly)) {
        at = next;
        continue;
      }
      if (APOSTROPHES.has(point) && next < length && kindOf(text.codePointAt(next)!) === LETTER) {
        lettersOnly = true;
        at = next;
        continue;
      }
      if (visit(start, at) === false) return;
      [start, lettersOnly] = [-1, false];
    }
    if (kind !== OTHER) start = at;
    at = next;
  }
  if (start >= 0) visit(start, length);
}

// The combining marks of our languages' scripts (Latin accents, Cyrillic, Arabic vowel signs), as written out by NFD:
// a fixed range is several times faster than the Unicode property \p{M} over a whole text.
const MARKS = /[\u0300-\u036f\u0483-\u0489\u064b-\u065f\u0670]/g;

// Case and accents folded, as Meilisearch matches them ("diplome" finds "diplôme"); typographic apostrophes read as
// the plain one. None of our languages has locale-specific case rules, so plain toLowerCase is right.
function fold(text: string) {
  return text.normalize("NFD").replace(MARKS, "").replace(/[’ʼ`]/g, "'").toLowerCase();
}

// A text whose folding changes its length (marks written apart, as in Arabic's hamza on alef) is read a word at a time,
// and a language's words recur from page to page: each is folded once. The cache is dropped when full.
const foldedWords = new Map<string, string>();
const FOLDED_WORDS_MAX = 50_000;

function foldWord(word: string) {
  let folded = foldedWords.get(word);
  if (folded === undefined) {
    if (foldedWords.size >= FOLDED_WORDS_MAX) foldedWords.clear();
    foldedWords.set(word, (folded = fold(word)));
  }
  return folded;
}

/** Strips our markers from text that came from content, so a page cannot forge highlights. */
export function unmark(text: string) {
  return text.replaceAll(HIGHLIGHT_START, "").replaceAll(HIGHLIGHT_END, "");
}

/** What a word of a text must begin with (or contain, for Arabic's prefixed articles and conjunctions) to match. */
export interface SnippetTerms {
  locale: Locale;
  /** Folded key words and stems; a text word matches one when it starts with it (or equals a short one). */
  prefixes: string[];
}

/** The terms a query's snippets highlight: its key words and their stems. */
export function snippetTerms(query: string, locale: Locale): SnippetTerms {
  const key = keyWords(query, locale);
  const terms = new Set([...key, ...key.map((word) => stem(word, locale))].map(fold).filter(Boolean));
  return { locale, prefixes: [...terms] };
}

// A short term ("eu", "d") matches only the word itself, or every word beginning with its letters would light up.
const MIN_PREFIX = 3;

/**
 * Whether a term found at `at` matches the word [start, end) it lies in: a short term only the whole word, a longer one
 * the word's beginning, or in Arabic any part of the word (behind its article or conjunction).
 */
function matchesWord(terms: SnippetTerms, term: number, at: number, start: number, end: number) {
  const size = terms.prefixes[term]!.length;
  return size < MIN_PREFIX ? at === start && end - start === size : at + size <= end && (at === start || terms.locale === "ar");
}

/** The first term (in the terms' order) that a folded word matches, or -1. */
function termOf(folded: string, terms: SnippetTerms): number {
  return terms.prefixes.findIndex((prefix, term) => {
    const at = folded.indexOf(prefix);
    return at >= 0 && matchesWord(terms, term, at, 0, folded.length);
  });
}

/** Every place in a folded text where a term begins, in order (found natively, not word by word). */
function termPlaces(whole: string, terms: SnippetTerms) {
  const places: { at: number; term: number }[] = [];
  terms.prefixes.forEach((prefix, term) => {
    for (let at = whole.indexOf(prefix); at >= 0; at = whole.indexOf(prefix, at + 1)) places.push({ at, term });
  });
  return places.sort((a, b) => a.at - b.at);
}

/**
 * The text cut to about SNIPPET_WORDS words around its best run of matches (the most different terms, then the earliest),
 * the matched words wrapped in the highlight markers, or null when no word matches. Markers already in the text are
 * dropped first, so that a page cannot forge a highlight.
 */
export function cropAndHighlight(raw: string, terms: SnippetTerms): string | null {
  const text = unmark(raw);
  const whole = fold(text);
  // Folding keeps the length of nearly every text (an accented letter becomes its base letter), and then the terms are
  // found in the folded text at the text's own places; otherwise (marks written apart, as in vocalised Arabic) each word
  // is folded alone and compared with the terms (termOf).
  const places = whole.length === text.length ? termPlaces(whole, terms) : null;
  // Most texts hold none of the terms.
  if (places ? !places.length : !terms.prefixes.some((term) => whole.includes(term))) return null;
  // The first term (in the terms' order) that a word [start, end) matches, from the places in it: as termOf would.
  let place = 0;
  const termAt = (start: number, end: number) => {
    if (!places) return termOf(foldWord(text.slice(start, end)), terms);
    while (place < places.length && places[place]!.at < start) place++;
    let found = -1;
    for (let next = place; next < places.length && places[next]!.at < end; next++) {
      const { at, term } = places[next]!;
      if (matchesWord(terms, term, at, start, end) && (found < 0 || term < found)) found = term;
    }
    return found;
  };
  // Each word's place and matched term (-1 for none) in plain number arrays: no object per word.
  const starts: number[] = [];
  const ends: number[] = [];
  const termOfWord: number[] = [];
  const matches: number[] = [];
  forEachWord(text, (start, end) => {
    const term = termAt(start, end);
    if (term >= 0) matches.push(starts.length);
    starts.push(start);
    ends.push(end);
    termOfWord.push(term);
  });
  if (!matches.length) return null;
  const wordCount = starts.length;

  // The windows that start a few words before each match, in order, slid along with a count of each term inside.
  let best = { from: 0, distinct: 0 };
  const inside = new Array<number>(terms.prefixes.length).fill(0);
  let distinct = 0;
  const count = (term: number, delta: 1 | -1) => {
    if (term < 0) return;
    const now = inside[term]! + delta;
    inside[term] = now;
    if (now === (delta > 0 ? 1 : 0)) distinct += delta;
  };
  let [low, high] = [0, 0];
  for (const index of matches) {
    const from = Math.max(0, Math.min(index - LEAD_WORDS, wordCount - SNIPPET_WORDS));
    for (; high < Math.min(wordCount, from + SNIPPET_WORDS); high++) count(termOfWord[high]!, 1);
    for (; low < from; low++) count(termOfWord[low]!, -1);
    if (distinct > best.distinct) best = { from, distinct };
  }
  const last = Math.min(wordCount, best.from + SNIPPET_WORDS) - 1;
  const [cutBefore, cutAfter] = [best.from > 0, last < wordCount - 1];
  // An uncut end keeps the text's own punctuation there; a cut one gets an ellipsis.
  let cursor = cutBefore ? starts[best.from]! : 0;
  let out = cutBefore ? ELLIPSIS : "";
  for (let word = best.from; word <= last; word++) {
    if (termOfWord[word]! < 0) continue;
    out += text.slice(cursor, starts[word]) + HIGHLIGHT_START + text.slice(starts[word], ends[word]) + HIGHLIGHT_END;
    cursor = ends[word]!;
  }
  out += text.slice(cursor, cutAfter ? ends[last] : text.length);
  return cutAfter ? out + ELLIPSIS : out.trim();
}

/** The first SNIPPET_WORDS words of a text, with no highlight (a hit matched on words its text does not show). */
export function leadOf(raw: string): string {
  const text = unmark(raw);
  let count = 0;
  let first = -1;
  let cut = -1;
  forEachWord(text, (start) => {
    if (first < 0) first = start;
    // One word more than the snippet holds: the text goes on, so it is cut after the last word that fits.
    if (++count > SNIPPET_WORDS) cut = start;
    return cut < 0;
  });
  return cut < 0 ? text.trim() : text.slice(first, cut).trimEnd() + ELLIPSIS;
}

/** A hit's snippet: its description where the query matched there, else its text around the match, else its opening. */
export function snippetOf(hit: { summary: string; text: string }, terms: SnippetTerms): string {
  return cropAndHighlight(hit.summary, terms) ?? cropAndHighlight(hit.text, terms) ?? leadOf(hit.summary || hit.text);
}
