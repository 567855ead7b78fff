// What the public pages read: the published profiles. Each read is cached (Next's data cache, in the page cache handler)
// under the tags a publish expires, so pages and the country filter are served without a query per request; the last
// good answer is also kept in memory for a render that meets a database outage (lib/cache/handler.mjs then re-renders
// every page of database content once the database is back).
import "server-only";
import { unstable_cache } from "next/cache";
import { cache } from "react";
import { PROFILES_TAG, profileTag } from "@/lib/cache/tags.mjs";
import { db } from "@/lib/db/client";
import { isBuildPhase } from "@/lib/env";
import { locales, referenceLocale, type Locale } from "@/lib/i18n/locales";
import { countryRoutes, type CountryRoute } from "@/lib/routes/country-routes";
import { countriesWithPathway, routeTableFrom, type RouteTableCountry } from "@/lib/routes/table";
import { lastGoodCache } from "./last-good";
import {
  publishedProfileFrom,
  readPublishedChanges,
  readPublishedList,
  readPublishedRevisions,
  type PublishedChange,
  type PublishedProfile,
} from "./profiles";

const withLastGood = lastGoodCache(2000, "published");

/** Reads of one key already under way in this process, so that readers arriving together share one query. */
const inFlight = ((globalThis as Record<symbol, Map<string, Promise<unknown>> | undefined>)[Symbol.for("passage.publishedInFlight")] ??=
  new Map());

function shared<T>(key: string, load: () => Promise<T>): () => Promise<T> {
  return () => {
    let pending = inFlight.get(key) as Promise<T> | undefined;
    if (!pending) {
      pending = load().finally(() => inFlight.delete(key));
      inFlight.set(key, pending);
    }
    return pending;
  };
}

/** Cached values go through JSON: dates are kept as ISO strings and revived by the caller. */
function cachedRead<T>(key: string, tags: string[], load: () => Promise<T>, empty: T): Promise<T> {
  // At build the page still gets its tags (so the cache handler knows the copy is database content and refuses it).
  if (isBuildPhase()) return unstable_cache(async () => empty, [key], { tags })();
  // The last good answer is kept for every read, cached or not, so a render that meets a database outage has it.
  return withLastGood(key, unstable_cache(shared(key, load), [key], { tags }));
}

/**
 * One country's published revisions in every language, in one cached read: its profile pages and route pages in all six
 * languages are rendered from it (one query per country on a cold start or after a publish, not one per page).
 */
function publishedCountry(country: string) {
  // Only this country's tag: a publish elsewhere leaves its pages alone (publishTags expires both).
  return cachedRead(`country:${country}`, [profileTag(country)], () => readPublishedRevisions(db(), country), []);
}

export async function publishedProfile(country: string, locale: Locale): Promise<PublishedProfile | null> {
  return publishedProfileFrom(await publishedCountry(country), country, locale);
}

/**
 * A country's profile in the reader's language with its routes (facts from the English profile, texts in this one).
 * Once per render: a page's metadata and body share it.
 */
export const publishedCountryRoutes = cache(async function publishedCountryRoutes(
  country: string,
  locale: Locale,
): Promise<{ profile: PublishedProfile; routes: CountryRoute[]; routeLocales: (route: string) => Locale[] } | null> {
  const rows = await publishedCountry(country);
  const profile = publishedProfileFrom(rows, country, locale);
  const reference = locale === referenceLocale ? profile : publishedProfileFrom(rows, country, referenceLocale);
  if (!profile || !reference) return null;
  const profiles = locales.flatMap((other) => publishedProfileFrom(rows, country, other) ?? []);
  return {
    profile,
    routes: countryRoutes(reference.facts, profile.facts.routeTexts),
    /** The languages a route has texts in: its page exists in those (hreflang). */
    routeLocales: (route) => profiles.filter((other) => other.facts.routeTexts?.routes[route]).map((other) => other.locale),
  };
});

/** Every country's routes in brief (see lib/routes/table.ts), for the sitemap and the pathway pages. */
export function publishedRouteTable(): Promise<RouteTableCountry[]> {
  return cachedRead("routes:table", [PROFILES_TAG], async () => routeTableFrom(await readPublishedRevisions(db())), []);
}

export function publishedList(locale: Locale) {
  return cachedRead(`list:${locale}`, [PROFILES_TAG], () => readPublishedList(db(), locale), []);
}

async function cachedChanges(key: string, tags: string[], locale: Locale, countries?: string[]): Promise<PublishedChange[]> {
  const changes = await cachedRead(
    key,
    tags,
    async () =>
      (await readPublishedChanges(db(), locale, { countries })).map((change) => ({
        ...change,
        publishedAt: change.publishedAt.toISOString(),
      })),
    [],
  );
  return changes.map((change) => ({ ...change, publishedAt: new Date(change.publishedAt) }));
}

/** Publishes in one language, every country (recent changes, the site's feed). */
export function publishedChanges(locale: Locale): Promise<PublishedChange[]> {
  return cachedChanges(`changes:${locale}`, [PROFILES_TAG], locale);
}

/** Publishes of one country's profile in one language (its feed): expired by that country's publishes only. */
export function countryChanges(country: string, locale: Locale): Promise<PublishedChange[]> {
  return cachedChanges(`changes:${locale}:country:${country}`, [profileTag(country)], locale, [country]);
}

/** Publishes of the profiles of the countries where a pathway's route applies (the pathway's feed). */
export async function pathwayChanges(pathway: string, locale: Locale): Promise<PublishedChange[]> {
  const countries = countriesWithPathway(await publishedRouteTable(), pathway);
  if (!countries.length) return [];
  return cachedChanges(`changes:${locale}:pathway:${pathway}:${countries.join(",")}`, [PROFILES_TAG], locale, countries);
}
