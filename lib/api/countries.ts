// The content API's countries: the published profiles in one language, and one profile's facts and routes. Read from
// the cached published reads only, and kept in Next's data cache until a publish expires them.
import "server-only";
import { unstable_cache } from "next/cache";
import { PROFILES_TAG, profileTag } from "@/lib/cache/tags.mjs";
import { countrySlugs } from "@/lib/content/countries";
import { publishedCountryRoutes, publishedRouteTable } from "@/lib/editorial/published";
import type { PublishedProfile } from "@/lib/editorial/profiles";
import { locales, type Locale } from "@/lib/i18n/locales";
import { routesTranslator } from "@/lib/i18n/messages";
import { routeName } from "@/lib/routes/route-name";
import { translationStatus } from "./translation";
import { countryApiPath, pageApiPath, pageUrl } from "./urls";
import { countryDocumentSchema, countryListSchema } from "./schemas";

/** The languages a country's profile is published in (from the cached route table, which names it in each). */
export async function countryLocales(country: string): Promise<Locale[]> {
  if (!(await countrySlugs()).includes(country)) return [];
  const entry = (await publishedRouteTable()).find((candidate) => candidate.country === country);
  return locales.filter((locale) => entry?.names[locale] !== undefined);
}

function summary(profile: PublishedProfile, availableIn: Locale[]) {
  const { facts, locale, country } = profile;
  return {
    country,
    locale,
    name: facts.name,
    isoCode: facts.isoCode,
    url: pageUrl(locale, `/countries/${country}`),
    api: countryApiPath(locale, country),
    lastReviewed: facts.lastReviewed,
    offers: facts.offers,
    translation: translationStatus(locale, facts.translation?.reviewed, profile.outdated, availableIn),
  };
}

async function buildCountryList(locale: Locale) {
  const countries = [];
  for (const country of await countrySlugs()) {
    const published = await publishedCountryRoutes(country, locale);
    if (published) countries.push(summary(published.profile, await countryLocales(country)));
  }
  countries.sort((a, b) => a.name.localeCompare(b.name, locale));
  return countryListSchema.parse({ locale, total: countries.length, countries });
}

async function buildCountryDocument(country: string, locale: Locale) {
  const published = await publishedCountryRoutes(country, locale);
  if (!published) return null;
  const { profile, routes } = published;
  // The routes travel on their own below; the rest of the profile's bookkeeping is not for readers.
  const { routes: _routes, routeTexts: _texts, translation: _translation, reviewLog: _log, ...facts } = profile.facts;
  const t = await routesTranslator(locale);
  return countryDocumentSchema.parse({
    ...summary(profile, await countryLocales(country)),
    facts,
    publishedAt: profile.publishedAt?.toISOString() ?? null,
    revision: profile.number,
    routes: routes.map((route) => {
      const path = `/countries/${country}/${route.id}`;
      return {
        id: route.id,
        name: routeName(t, { id: route.id, scheme: route.scheme, name: route.text?.name }, facts.name),
        scheme: route.scheme,
        status: route.status,
        summary: route.text?.summary ?? null,
        url: route.text ? pageUrl(locale, path) : null,
        api: route.text ? pageApiPath(locale, path) : null,
        facts: route.facts,
      };
    }),
  });
}

/** Every published profile in one language, sorted by name in it; kept until a publish. */
export function countryList(locale: Locale) {
  return unstable_cache(() => buildCountryList(locale), ["api:countries", locale], { tags: [PROFILES_TAG] })();
}

/** One published profile; call it only for a country published in `locale` (see countryLocales). */
export function countryDocument(country: string, locale: Locale) {
  return unstable_cache(() => buildCountryDocument(country, locale), ["api:country", locale, country], { tags: [profileTag(country)] })();
}
