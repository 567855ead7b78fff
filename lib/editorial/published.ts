// What the public pages read: the published profiles. Each read is cached (Next's data cache, in the page cache handler)
// under the tags a publish expires, so pages and the country filter are served without a query per request; the last
// good answer is also kept in memory for a render that meets a database outage (lib/cache/handler.mjs then re-renders
// every page of database content once the database is back).
import "server-only";
import { unstable_cache } from "next/cache";
import { PROFILES_TAG, profileTag } from "@/lib/cache/tags.mjs";
import { db } from "@/lib/db/client";
import { isBuildPhase } from "@/lib/env";
import type { Locale } from "@/lib/i18n/locales";
import { lastGoodCache } from "./last-good";
import { readPublishedChanges, readPublishedList, readPublishedProfile, type PublishedChange, type PublishedProfile } from "./profiles";

const withLastGood = lastGoodCache(2000, "published");

/** Cached values go through JSON: dates are kept as ISO strings and revived by the caller. */
function cachedRead<T>(key: string, tags: string[], load: () => Promise<T>, empty: T): Promise<T> {
  // At build the page still gets its tags (so the cache handler knows the copy is database content and refuses it).
  if (isBuildPhase()) return unstable_cache(async () => empty, [key], { tags })();
  // The last good answer is kept for every read, cached or not, so a render that meets a database outage has it.
  return withLastGood(key, unstable_cache(load, [key], { tags }));
}

const isoOrNull = (date: Date | string | null) => (date === null ? null : new Date(date).toISOString());

export async function publishedProfile(country: string, locale: Locale): Promise<PublishedProfile | null> {
  const profile = await cachedRead(
    `profile:${country}/${locale}`,
    [profileTag(country)],
    async () => {
      const read = await readPublishedProfile(db(), country, locale);
      return read && { ...read, publishedAt: isoOrNull(read.publishedAt) };
    },
    null,
  );
  return profile && { ...profile, publishedAt: profile.publishedAt === null ? null : new Date(profile.publishedAt) };
}

export function publishedList(locale: Locale) {
  return cachedRead(`list:${locale}`, [PROFILES_TAG], () => readPublishedList(db(), locale), []);
}

export async function publishedChanges(locale: Locale): Promise<PublishedChange[]> {
  const changes = await cachedRead(
    `changes:${locale}`,
    [PROFILES_TAG],
    async () => (await readPublishedChanges(db(), locale)).map((change) => ({ ...change, publishedAt: change.publishedAt.toISOString() })),
    [],
  );
  return changes.map((change) => ({ ...change, publishedAt: new Date(change.publishedAt) }));
}
