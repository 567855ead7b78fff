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

// The words of a text with their places; the same letters as analysis.ts's words, any apostrophe inside a word.
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’ʼ`][\p{L}\p{M}]+)*/gu;

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
  /** Their first letters: a word that starts with none of them is not folded (unless Arabic, matched inside words). */
  initials: Set<string>;
}

/** The terms a query's snippets highlight: its key words and their stems. */
export function snippetTerms(query: string, locale: Locale): SnippetTerms {
  const key = keyWords(query, locale);
  const terms = new Set([...key, ...key.map((word) => stem(word, locale))].map(fold).filter(Boolean));
  return { locale, prefixes: [...terms], initials: new Set([...terms].map((term) => term[0]!)) };
}

// A short term ("eu", "d") matches only the word itself, or every word beginning with its letters would light up.
const MIN_PREFIX = 3;

function termOf(folded: string, terms: SnippetTerms): number {
  return terms.prefixes.findIndex((term) =>
    term.length < MIN_PREFIX
      ? folded === term
      : folded.startsWith(term) || (terms.locale === "ar" && folded.length > term.length && folded.includes(term)),
  );
}

/**
 * The text cut to about SNIPPET_WORDS words around its best run of matches (the most different terms, then the earliest),
 * the matched words wrapped in the highlight markers, or null when no word matches. Markers already in the text are
 * dropped first, so that a page cannot forge a highlight.
 */
export function cropAndHighlight(raw: string, terms: SnippetTerms): string | null {
  const text = unmark(raw);
  // Most texts hold none of the terms: the folded text, made natively in one go, says so before any word is looked at.
  const whole = fold(text);
  if (!terms.prefixes.some((term) => whole.includes(term))) return null;
  // Folding keeps the length of nearly every text (an accented letter becomes its base letter), and then the folded
  // text is read at the same places; otherwise (marks written apart, as in vocalised Arabic) each word is folded alone.
  const aligned = whole.length === text.length;
  // Each word's place and matched term (-1 for none) in plain number arrays: no object per word.
  const starts: number[] = [];
  const ends: number[] = [];
  const termOfWord: number[] = [];
  const matches: number[] = [];
  const anyInitial = terms.locale === "ar";
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    const end = start + match[0].length;
    let term = -1;
    if (!aligned) term = termOf(foldWord(match[0]), terms);
    else if (anyInitial || terms.initials.has(whole[start]!)) term = termOf(whole.slice(start, end), terms);
    if (term >= 0) matches.push(starts.length);
    starts.push(start);
    ends.push(end);
    termOfWord.push(term);
  }
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
  for (const match of text.matchAll(WORD)) {
    if (first < 0) first = match.index;
    // One word more than the snippet holds: the text goes on, so it is cut after the last word that fits.
    if (++count > SNIPPET_WORDS) return text.slice(first, match.index).trimEnd() + ELLIPSIS;
  }
  return text.trim();
}

/** A hit's snippet: its description where the query matched there, else its text around the match, else its opening. */
export function snippetOf(hit: { summary: string; text: string }, terms: SnippetTerms): string {
  return cropAndHighlight(hit.summary, terms) ?? cropAndHighlight(hit.text, terms) ?? leadOf(hit.summary || hit.text);
}
