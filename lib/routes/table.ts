// The route table: for every country, each route's status, national name, names per language and the languages it has
// texts in. Small enough to cache whole; the sitemap, the pathway pages' "where it applies" tables and the route
// pages' language links read it.
import { countryFactsSchema } from "@/lib/content/schema";
import { isLocale, referenceLocale, type Locale } from "@/lib/i18n/locales";
import { appliesIn, countryRoutes } from "./country-routes";
import { fixedRoute, type RouteStatus } from "./registry";

export interface RouteTableEntry {
  id: string;
  scheme: boolean;
  status: RouteStatus;
  nationalName?: string;
  /** The route's name in each language that names it (national schemes; fixed routes are named in the messages). */
  names: Partial<Record<Locale, string>>;
  /** The languages with texts for the route: its page exists in those. */
  locales: Locale[];
}

export interface RouteTableCountry {
  country: string;
  names: Partial<Record<Locale, string>>;
  lastReviewed?: string;
  routes: RouteTableEntry[];
}

/** Builds the table from published revisions (as read by readPublishedRevisions). */
export function routeTableFrom(rows: readonly { country: string; locale: string; facts: unknown }[]): RouteTableCountry[] {
  const byCountry = new Map<string, { locale: Locale; facts: ReturnType<typeof countryFactsSchema.parse> }[]>();
  for (const row of rows) {
    const facts = countryFactsSchema.safeParse(row.facts);
    if (!facts.success || !isLocale(row.locale)) continue;
    byCountry.set(row.country, [...(byCountry.get(row.country) ?? []), { locale: row.locale, facts: facts.data }]);
  }
  const table: RouteTableCountry[] = [];
  for (const [country, profiles] of byCountry) {
    const reference = profiles.find((profile) => profile.locale === referenceLocale);
    if (!reference) continue;
    const routes = countryRoutes(reference.facts, undefined).map((route) => {
      const names: Partial<Record<Locale, string>> = {};
      const locales: Locale[] = [];
      for (const profile of profiles) {
        const text = profile.facts.routeTexts?.routes[route.id];
        if (!text) continue;
        locales.push(profile.locale);
        if (text.name) names[profile.locale] = text.name;
      }
      return { id: route.id, scheme: route.scheme, status: route.status, nationalName: route.facts.nationalName, names, locales };
    });
    table.push({
      country,
      names: Object.fromEntries(profiles.map((profile) => [profile.locale, profile.facts.name])),
      lastReviewed: reference.facts.routes?.lastReviewed,
      routes,
    });
  }
  return table.sort((a, b) => a.country.localeCompare(b.country));
}

/** The countries where the route of a pathway page (`/pathways/<slug>`) applies: their profiles belong in its feed. */
export function countriesWithPathway(table: readonly RouteTableCountry[], pathway: string): string[] {
  return table
    .filter((country) => country.routes.some((route) => fixedRoute(route.id)?.pathway === pathway && appliesIn(route)))
    .map((country) => country.country);
}
