// A country's routes as readers see them: the facts of the English profile (written once per country), the texts of
// the reader's language, the status derived from the profile's directives, and, for a route that does not apply, the
// country's routes with the same purpose.
import type { RouteFacts, RouteText } from "@/lib/content/route-schema";
import type { CountryFacts } from "@/lib/content/schema";
import { fixedRoute, fixedRouteIds, type LegalBasis, type Purpose, type RouteStatus } from "./registry";

export interface CountryRoute {
  id: string;
  /** A national scheme of the country's own, rather than one of the registry's fixed routes. */
  scheme: boolean;
  status: RouteStatus;
  purposes: readonly Purpose[];
  /** The EU act first (fixed routes), then the national law or page. */
  legalBasis: LegalBasis[];
  /** The EU-wide guidance page (`/pathways/<slug>`), when there is one. */
  pathway?: string;
  facts: RouteFacts;
  /** The texts in the reader's language; null when this language has no texts for the route yet. */
  text: RouteText | null;
}

/** Routes applying somewhere that a reader of an inapplicable route may want instead: same purpose, or the same family. */
const purposeFamilies: readonly (readonly Purpose[])[] = [
  ["highly-skilled-work", "skilled-work", "seasonal-work", "company-transfer", "job-search"],
  ["study", "research", "training-volunteering"],
  ["self-employment", "remote-work"],
  ["family"],
  ["long-term-residence"],
  ["short-visit"],
];

export const appliesIn = (route: Pick<CountryRoute, "status">) => route.status !== "opt-out";

function routeOf(
  id: string,
  facts: RouteFacts,
  country: Pick<CountryFacts, "directives" | "schengen">,
  text: RouteText | null,
): CountryRoute {
  const fixed = fixedRoute(id);
  const national = facts.legalBasis.map((law) => ({ title: law.name, url: law.url }));
  if (!fixed) return { id, scheme: true, status: "scheme", purposes: facts.purposes ?? [], legalBasis: national, facts, text };
  return {
    id,
    scheme: false,
    status: facts.status ?? fixed.status(country),
    purposes: fixed.purposes,
    legalBasis: fixed.legalBasis ? [fixed.legalBasis, ...national] : national,
    pathway: fixed.pathway,
    facts,
    text,
  };
}

/**
 * Every route of a country, fixed routes in the registry's order and then the national schemes, from the English
 * profile's facts and one language's texts. Empty while the country has no routes.
 */
export function countryRoutes(reference: CountryFacts, texts: CountryFacts["routeTexts"] | undefined): CountryRoute[] {
  const routes = reference.routes?.routes;
  if (!routes) return [];
  const ids = [...fixedRouteIds.filter((id) => routes[id]), ...Object.keys(routes).filter((id) => !fixedRoute(id))];
  return ids.map((id) => routeOf(id, routes[id]!, reference, texts?.routes[id] ?? null));
}

/** For a route that does not apply: the country's routes that do, for the same purpose first, then the same family. */
export function alternativesTo(route: CountryRoute, routes: readonly CountryRoute[]): CountryRoute[] {
  const family = new Set(purposeFamilies.filter((members) => route.purposes.some((p) => members.includes(p))).flat());
  const candidates = routes.filter((other) => other.id !== route.id && appliesIn(other));
  const direct = candidates.filter((other) => other.purposes.some((p) => route.purposes.includes(p)));
  const related = candidates.filter((other) => !direct.includes(other) && other.purposes.some((p) => family.has(p)));
  return [...direct, ...related];
}

/** A figure checked more than a year before `now` may be out of date. */
export function checkedLongAgo(checked: string | undefined, now: Date): boolean {
  if (!checked) return false;
  const yearLater = new Date(checked);
  yearLater.setUTCFullYear(yearLater.getUTCFullYear() + 1);
  return yearLater < now;
}
