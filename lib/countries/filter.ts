// The country list's filter (the ?q= of /countries): pure, so it is the same with or without JavaScript and unit-tested.
import { z } from "zod";

const querySchema = z.string().trim().max(100).catch("");

/** The filter text from a search parameter: trimmed, at most 100 characters; anything else (repeated, too long) is no filter. */
export function countryFilterQuery(raw: string | string[] | undefined): string {
  return querySchema.parse(typeof raw === "string" ? raw : "");
}

/** Case- and accent-insensitive form: "Österreich" and "osterreich" fold alike, "Česko" and "cesko" too. */
export function foldForMatch(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLocaleLowerCase();
}

/** The countries whose name in the reader's language, or whose slug, contains the query; all of them for an empty query. */
export function filterCountries<T extends { country: string; facts: { name: string } }>(entries: readonly T[], query: string): T[] {
  if (!query) return [...entries];
  const needle = foldForMatch(query);
  return entries.filter((entry) => foldForMatch(entry.facts.name).includes(needle) || entry.country.includes(needle));
}
