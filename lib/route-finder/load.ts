// The countries the finder judges, from the cached published reads (never a query per request).
import "server-only";
import { publishedCountryRoutes, publishedRouteTable } from "@/lib/editorial/published";
import type { Locale } from "@/lib/i18n/locales";
import type { CountryName } from "./answer";
import type { FinderCountry } from "./decision-table";
import { nextQuestion, UNDECIDED, type Answers } from "./questions";

async function finderCountry(slug: string, locale: Locale): Promise<FinderCountry | null> {
  const published = await publishedCountryRoutes(slug, locale);
  if (!published) return null;
  const { facts } = published.profile;
  return { slug, name: facts.name, facts, routes: published.routes, lastReviewed: facts.routes?.lastReviewed ?? facts.lastReviewed };
}

/** Every country's name in the reader's language, for the country question: one cached read (the route table). */
export async function finderCountryNames(locale: Locale): Promise<CountryName[]> {
  return (await publishedRouteTable()).map((entry) => ({
    slug: entry.country,
    name: entry.names[locale] ?? entry.names.en ?? entry.country,
  }));
}

/**
 * The countries the answers need: none while the country is being asked, the chosen one, or all of them one after the
 * other to compare ("undecided"; one at a time so that a cold cache does not queue 27 queries at once).
 */
export async function finderCountries(answers: Answers, locale: Locale): Promise<FinderCountry[]> {
  if (nextQuestion(answers) === "country") return [];
  if (answers.country !== UNDECIDED) {
    const country = await finderCountry(answers.country!, locale);
    return country ? [country] : [];
  }
  const countries: FinderCountry[] = [];
  for (const { slug } of await finderCountryNames(locale)) {
    const country = await finderCountry(slug, locale);
    if (country) countries.push(country);
  }
  return countries;
}
