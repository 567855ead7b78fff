// @ts-check
// Cache tags of the views that show database content. A publish expires the tags it names (lib/cache/invalidation.ts);
// the cache handler (lib/cache/handler.mjs) also refuses any copy with such a tag made before the server started, so
// neither the build machine's data nor a copy missed while an instance was down is ever served.

const DATABASE_TAG_PREFIX = "db:";

/** Marks a response served from such an entry; lib/http/cache-control.ts reads it (shorter shared caching) and drops it. */
export const DATABASE_CONTENT_HEADER = "x-passage-database-content";

/** Every view listing profiles: country list, recent changes, feeds, sitemap, pathway tables, content API. */
export const PROFILES_TAG = `${DATABASE_TAG_PREFIX}profiles`;

/**
 * The pages of one country, in every locale (a publish in one language changes the others' translation status).
 * @param {string} country
 */
export function profileTag(country) {
  return `${DATABASE_TAG_PREFIX}profile:${country}`;
}

/**
 * What publishing a profile of `country` expires.
 * @param {string} country
 */
export function publishTags(country) {
  return [PROFILES_TAG, profileTag(country)];
}

/**
 * @param {readonly string[]} tags
 */
export function showsDatabaseContent(tags) {
  return tags.some((tag) => tag.startsWith(DATABASE_TAG_PREFIX));
}
