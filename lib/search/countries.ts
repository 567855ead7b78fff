// Search documents for country profiles: from the published revisions in the database (what readers see), or from the
// seed files when there is no database (tests).
import type { CountrySeed } from "@/lib/content/countries";
import { parseMdxBody, type Section } from "@/lib/content/mdx";
import { countryFactsSchema, type CountryFacts } from "@/lib/content/schema";
import type { PrismaClient } from "@/lib/db/prisma";
import { isLocale, referenceLocale, type Locale } from "@/lib/i18n/locales";
import { localizedPath } from "@/lib/i18n/paths";
import { pageDocuments, type SearchDocument } from "./documents";
import { routeDocuments } from "./routes";

function factsSummary(facts: CountryFacts) {
  return [
    facts.name,
    facts.authority.name,
    facts.portal?.name,
    facts.enicNaric.name,
    ...facts.nationalSchemes.flatMap((scheme) => [scheme.name, scheme.summary]),
    ...facts.languageRequirements.map((requirement) => requirement.summary),
  ]
    .filter(Boolean)
    .join("\n");
}

export function countryDocuments(country: string, locale: Locale, facts: CountryFacts, sections: Section[]): SearchDocument[] {
  return pageDocuments({
    id: `country-${country}`,
    url: localizedPath(locale, `/countries/${country}`),
    title: facts.name,
    summary: "",
    facts: factsSummary(facts),
    sections,
    type: "country",
    pillar: null,
    country,
    locale,
    lastReviewed: facts.lastReviewed,
  });
}

/** The profile and route documents of the seed files: what a freshly seeded portal publishes and indexes. */
export async function seedCountryDocuments(seeds: CountrySeed[]): Promise<SearchDocument[]> {
  const english = new Map(seeds.filter((seed) => seed.locale === referenceLocale).map((seed) => [seed.country, seed.frontmatter]));
  const documents: SearchDocument[] = [];
  for (const seed of seeds) {
    documents.push(...countryDocuments(seed.country, seed.locale, seed.frontmatter, seed.body.sections));
    const reference = english.get(seed.country);
    if (reference) documents.push(...(await routeDocuments(seed.country, seed.locale, reference, seed.frontmatter)));
  }
  return documents;
}

/**
 * Documents of the published country profiles and their routes (optionally of one country, in one locale or all).
 * Route documents need the English profile (the routes' facts) beside each language's texts. Invalid revisions are
 * skipped.
 */
export async function publishedCountryDocuments(
  prisma: PrismaClient,
  only?: { country: string; locale?: Locale },
): Promise<SearchDocument[]> {
  const profiles = await prisma.countryProfile.findMany({
    where: { publishedRevisionId: { not: null }, ...(only ? { country: only.country } : {}) },
    select: { country: true, locale: true, publishedRevision: { select: { facts: true, body: true } } },
  });
  const parsed = profiles.flatMap((profile) => {
    const facts = countryFactsSchema.safeParse(profile.publishedRevision?.facts);
    if (!facts.success || !profile.publishedRevision || !isLocale(profile.locale)) return [];
    return [{ country: profile.country, locale: profile.locale, facts: facts.data, body: profile.publishedRevision.body }];
  });
  const english = new Map(
    parsed.filter((profile) => profile.locale === referenceLocale).map((profile) => [profile.country, profile.facts]),
  );
  const documents: SearchDocument[] = [];
  for (const profile of parsed) {
    if (only?.locale && profile.locale !== only.locale) continue;
    try {
      documents.push(...countryDocuments(profile.country, profile.locale, profile.facts, parseMdxBody(profile.body).sections));
    } catch {
      continue;
    }
    const reference = english.get(profile.country);
    if (reference) documents.push(...(await routeDocuments(profile.country, profile.locale, reference, profile.facts)));
  }
  return documents;
}
