// What the back office's pages read, through the app's one Prisma client (pages never import the database themselves).
import "server-only";
import { db } from "@/lib/db/client";
import { topSearchMisses } from "@/lib/search/misses";
import { readProfileListing } from "./profiles";
import { baseRevision, englishFacts } from "./route-editing";
import { readRouteMatrix } from "./route-matrix";
import type { ProfileKey } from "./workflow";

export function profileListing() {
  return readProfileListing(db());
}

/** A profile with all its revisions, newest first, with who wrote and who reviewed each; null when there is none. */
export async function profileForEditor(key: ProfileKey) {
  const profile = await db().countryProfile.findUnique({
    where: { country_locale: key },
    include: {
      revisions: { orderBy: { number: "desc" }, include: { author: { select: { email: true } }, reviewedBy: { select: { email: true } } } },
    },
  });
  return profile?.revisions.length ? profile : null;
}

/** Two revisions of a profile by number, for the diff page; null when either does not exist. */
export async function revisionsToCompare(key: ProfileKey, fromNumber: number, toNumber: number) {
  const revisions = await db().profileRevision.findMany({
    where: { profile: key, number: { in: [fromNumber, toNumber] } },
    select: { number: true, facts: true, body: true },
  });
  const from = revisions.find((revision) => revision.number === fromNumber);
  const to = revisions.find((revision) => revision.number === toNumber);
  return from && to ? { from, to } : null;
}

/** What readers searched for in the last 30 days without a result, most frequent first. */
export function searchMissReport() {
  return topSearchMisses(db(), 30, 100);
}

/** The country's English profile as last saved: a translation's route texts follow its route facts. */
export function englishFactsForEditor(country: string) {
  return englishFacts(db(), country);
}

/** The revision an editor started from, for what the route form does not show (the live preview). */
export function editorBaseRevision(key: ProfileKey, revisionId: string) {
  return baseRevision(db(), key, revisionId);
}

/** Countries × routes, from the latest revisions (see route-matrix.ts). */
export function routeMatrix() {
  return readRouteMatrix(db());
}
