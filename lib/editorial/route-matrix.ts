// The back office's matrix of countries × routes: each route's status from the latest revisions (drafts included, as
// editors work on them) and its gaps: languages without texts, figures checked over a year ago, review due passed.
import { countryFactsSchema, type CountryFacts } from "@/lib/content/schema";
import type { PrismaClient } from "@/lib/db/prisma";
import { isLocale, locales, referenceLocale, type Locale } from "@/lib/i18n/locales";
import { checkedLongAgo, countryRoutes } from "@/lib/routes/country-routes";
import { fixedRouteIds, type RouteStatus } from "@/lib/routes/registry";

export interface RouteMatrixCell {
  id: string;
  /** Null: a fixed route the country lacks. */
  status: RouteStatus | null;
  /** Languages with a profile but no texts for the route. */
  missingTexts: Locale[];
  /** Figures with an amount checked more than a year ago. */
  oldFigures: number;
}

export interface RouteMatrixRow {
  country: string;
  name: string;
  lastReviewed?: string;
  reviewDue?: string;
  overdue: boolean;
  /** The fixed routes, in the registry's order. */
  fixed: RouteMatrixCell[];
  schemes: RouteMatrixCell[];
}

export const hasGaps = (cell: RouteMatrixCell) => cell.status === null || cell.missingTexts.length > 0 || cell.oldFigures > 0;

export function routeMatrixFrom(rows: readonly { country: string; locale: string; facts: unknown }[], now: Date): RouteMatrixRow[] {
  const byCountry = new Map<string, Map<Locale, CountryFacts>>();
  for (const row of rows) {
    const facts = countryFactsSchema.safeParse(row.facts);
    if (!facts.success || !isLocale(row.locale)) continue;
    const profiles = byCountry.get(row.country) ?? new Map<Locale, CountryFacts>();
    profiles.set(row.locale, facts.data);
    byCountry.set(row.country, profiles);
  }
  const today = now.toISOString().slice(0, 10);
  const matrix: RouteMatrixRow[] = [];
  for (const [country, profiles] of byCountry) {
    const english = profiles.get(referenceLocale);
    if (!english) continue;
    const languages = locales.filter((locale) => profiles.has(locale));
    const cells = countryRoutes(english, undefined).map((route): RouteMatrixCell => ({
      id: route.id,
      status: route.status,
      missingTexts: languages.filter((locale) => !profiles.get(locale)?.routeTexts?.routes[route.id]),
      oldFigures: route.facts.figures.filter((figure) => figure.amount !== undefined && checkedLongAgo(figure.checked, now)).length,
    }));
    const reviewDue = english.routes?.reviewDue;
    matrix.push({
      country,
      name: english.name,
      lastReviewed: english.routes?.lastReviewed,
      reviewDue,
      overdue: Boolean(reviewDue && reviewDue < today),
      fixed: fixedRouteIds.map((id) => cells.find((cell) => cell.id === id) ?? { id, status: null, missingTexts: [], oldFigures: 0 }),
      schemes: cells.filter((cell) => !fixedRouteIds.includes(cell.id)),
    });
  }
  return matrix.sort((a, b) => a.name.localeCompare(b.name, "en"));
}

/** The matrix from the database, live: every profile's latest revision. */
export async function readRouteMatrix(prisma: PrismaClient, now = new Date()): Promise<RouteMatrixRow[]> {
  const profiles = await prisma.countryProfile.findMany({
    select: { country: true, locale: true, revisions: { orderBy: { number: "desc" }, take: 1, select: { facts: true } } },
  });
  return routeMatrixFrom(
    profiles.flatMap((profile) =>
      profile.revisions[0] ? [{ country: profile.country, locale: profile.locale, facts: profile.revisions[0].facts }] : [],
    ),
    now,
  );
}
