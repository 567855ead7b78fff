// The countries the finder judges, from the cached published reads (never a query per request).
import "server-only";
import { countrySlugs } from "@/lib/content/countries";
import { publishedCountryRoutes } from "@/lib/editorial/published";
import type { Locale } from "@/lib/i18n/locales";
import type { FinderCountry } from "./decision-table";
import { UNDECIDED, type Answers } from "./questions";

async function finderCountry(slug: string, locale: Locale): Promise<FinderCountry | null> {
  const published = await publishedCountryRoutes(slug, locale);
  if (!published) return null;
  const { facts } = published.profile;
  return { slug, name: facts.name, facts, routes: published.routes, lastReviewed: facts.routes?.lastReviewed ?? facts.lastReviewed };
}

/** One country when the answers name one; all of them to ask for the country or to compare ("undecided"). */
export async function finderCountries(answers: Answers, locale: Locale): Promise<FinderCountry[]> {
  const slugs = answers.country && answers.country !== UNDECIDED ? [answers.country] : await countrySlugs();
  return (await Promise.all(slugs.map((slug) => finderCountry(slug, locale)))).filter((country) => country !== null);
}
