// What the route editor needs beyond its own fields: the revision the editor started from (the route form shows one
// route; the rest of the profile comes from there), the English route facts a translation's texts follow, and the
// cross-checks of routeIssues for the route being edited, as zod issues the form shows next to their fields.
import { z } from "zod";
import { routeIssues } from "@/lib/content/country-routes";
import type { CountryRoutes } from "@/lib/content/route-schema";
import { countryFactsSchema, type CountryFacts } from "@/lib/content/schema";
import type { PrismaClient } from "@/lib/db/prisma";
import { referenceLocale } from "@/lib/i18n/locales";
import type { ProfileKey } from "./workflow";

/** A revision of this profile by id, with its facts and text; null when the id names none of its revisions. */
export async function baseRevision(prisma: PrismaClient, key: ProfileKey, revisionId: string) {
  if (!z.uuid().safeParse(revisionId).success) return null;
  return prisma.profileRevision.findFirst({ where: { id: revisionId, profile: key }, select: { facts: true, body: true } });
}

/** The country's English profile as editors last saved it (latest revision, draft or not): its route facts lead. */
export async function englishFacts(prisma: PrismaClient, country: string): Promise<CountryFacts | undefined> {
  const latest = await prisma.profileRevision.findFirst({
    where: { profile: { country, locale: referenceLocale } },
    orderBy: { number: "desc" },
    select: { facts: true },
  });
  const facts = countryFactsSchema.safeParse(latest?.facts);
  return facts.success ? facts.data : undefined;
}

/**
 * The cross-checks on one route (scheme named and with purposes, ids unique, a text for every figure and step), as zod
 * issues with their place in the facts. A translation may lack a route's texts altogether (the page waits for them).
 */
export function routeEditorIssues(facts: CountryFacts, reference: CountryRoutes | undefined, route: string): z.core.$ZodIssue[] {
  if (!reference) return [];
  const found = routeIssues(reference, facts.routeTexts ?? { routes: {} });
  const translation = !facts.routes;
  const issue = (part: "routes" | "routeTexts", problem: (typeof found.facts)[number]): z.core.$ZodIssue => ({
    code: "custom",
    path: [part, "routes", problem.route, ...problem.path],
    message: problem.message,
    params: { reason: problem.reason },
    input: undefined,
  });
  return [
    ...(translation ? [] : found.facts.filter((problem) => problem.route === route).map((problem) => issue("routes", problem))),
    ...found.texts
      .filter((problem) => problem.route === route && !(translation && problem.reason === "missingText" && !problem.path.length))
      .map((problem) => issue("routeTexts", problem)),
  ];
}
