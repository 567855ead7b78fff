// @ts-check
// The page cache: Next.js's own file-system cache (memory first, then .next/), with three additions.
// 1. Every cached page carries its Content-Security-Policy: the hashes of its inline scripts, computed once when the
//    page is stored (or, for a page prerendered at build, when it is first read) and kept in the entry's headers, which
//    Next sends with the cached body. Per-request nonces would make every page dynamic; hashes keep it cacheable.
// 2. A copy that shows database content and was made before this process started is never served: the build renders
//    such pages without data, and an instance that was down may have missed a publish.
// 3. Every current page entry is offered to the web server as a ready copy (ready-pages.mjs).
// 4. While the database is down, copies of database content that a publish expired are served again rather than
//    failing to re-render (see setDatabaseReachable).
// `expireTags` and `setDatabaseReachable` are reached from the rest of the server (the publish-log follower, the health
// probes) through a global, because Next loads this file itself, outside the bundles that import lib/.
// Plain JavaScript because Next.js imports this file at run time without compiling it.
import { readFileSync } from "node:fs";
import path from "node:path";
import * as fileSystemCacheModule from "next/dist/server/lib/incremental-cache/file-system-cache.js";
import * as tagsManifestModule from "next/dist/server/lib/incremental-cache/tags-manifest.external.js";
import { cachedPagePolicy } from "../http/content-security-policy.mjs";
import { offerPage, pagePathOf } from "./ready-pages.mjs";
import { DATABASE_CONTENT_HEADER, showsDatabaseContent } from "./tags.mjs";

// CommonJS modules: Node's ESM loader puts their exports under `default`, Next's bundler (which also compiles this
// file into the server) unwraps them. Both shapes are accepted.
/** @type {any} */ const fileSystemCacheExports = fileSystemCacheModule;
/** @type {any} */ const tagsManifestExports = tagsManifestModule;
const FileSystemCache = fileSystemCacheExports.default?.default ?? fileSystemCacheExports.default;
/** @type {Map<string, { stale?: number; expired?: number }>} */
const tagsManifest = tagsManifestExports.tagsManifest ?? tagsManifestExports.default.tagsManifest;
const TAGS_HEADER = "x-next-cache-tags";

/** @param {any} value a cache entry's value */
function entryTags(value) {
  if (!value) return [];
  if (value.kind === "FETCH") return value.tags ?? [];
  const header = value.headers?.[TAGS_HEADER];
  return typeof header === "string" ? header.split(",") : [];
}

/**
 * Adds what a response served from this entry needs: an HTML page's own policy, and the mark of database content
 * (lib/http/cache-control.ts keeps those a shorter time in shared caches). @param {any} value
 */
function withResponseHeaders(value) {
  if (value?.kind === "APP_PAGE" && typeof value.html === "string" && value.html.includes("<html")) {
    value.headers ??= {};
    value.headers["content-security-policy"] ??= cachedPagePolicy(value.html);
  }
  if ((value?.kind === "APP_PAGE" || value?.kind === "APP_ROUTE") && showsDatabaseContent(entryTags(value))) {
    value.headers ??= {};
    value.headers[DATABASE_CONTENT_HEADER] = "1";
  }
  return value;
}

/**
 * State shared by every copy of this module in the process (Next loads it once itself and bundles it into the proxy):
 * when the server started, whether the database answers, and every database tag seen.
 * @typedef {{ startedAt: number; databaseReachable: boolean; databaseTags: Set<string> }} SharedState
 * @type {SharedState}
 */
const shared = /** @type {any} */ (
  globalThis[Symbol.for("passage.pageCacheState")] ??= {
    startedAt: Date.now(),
    databaseReachable: true,
    databaseTags: new Set(),
  }
);

/** @param {readonly string[]} tags */
function noteDatabaseTags(tags) {
  for (const tag of tags) if (showsDatabaseContent([tag])) shared.databaseTags.add(tag);
}

/**
 * Expires every entry tagged with one of `tags` that was made before `at` (ms since the epoch).
 * @param {readonly string[]} tags
 * @param {number} [at]
 */
export function expireTags(tags, at = Date.now()) {
  noteDatabaseTags(tags);
  for (const tag of tags) {
    const entry = tagsManifest.get(tag) ?? {};
    if ((entry.expired ?? 0) < at) tagsManifest.set(tag, { ...entry, stale: at, expired: at });
  }
}

/**
 * What the server learns of the database. While it is down, nothing is re-rendered from it: expired copies of database
 * content (a publish just before the outage) are served again, as they were. When it is back, every copy of database
 * content is expired, so pages rendered from last-known data during the outage are rendered afresh.
 * @param {boolean} reachable
 */
export function setDatabaseReachable(reachable) {
  if (reachable === shared.databaseReachable) return;
  shared.databaseReachable = reachable;
  if (!reachable) {
    for (const tag of shared.databaseTags) tagsManifest.delete(tag);
  } else expireTags([...shared.databaseTags]);
}

/** @type {Map<string, Record<string, { initialRevalidateSeconds?: number | false }>>} */
const prerenderedRoutes = new Map();

/**
 * The revalidation time of a page prerendered at build, from the build's prerender manifest: an entry read back from the
 * build carries none of its own (Next looks it up there too).
 * @param {string | undefined} serverDistDir @param {string} key
 * @returns {number | false | undefined}
 */
function prerenderedRevalidate(serverDistDir, key) {
  const page = pagePathOf(key);
  if (!serverDistDir || !page) return undefined;
  let routes = prerenderedRoutes.get(serverDistDir);
  if (!routes) {
    try {
      routes = JSON.parse(readFileSync(path.join(serverDistDir, "..", "prerender-manifest.json"), "utf8")).routes ?? {};
    } catch {
      routes = {};
    }
    prerenderedRoutes.set(serverDistDir, /** @type {any} */ (routes));
  }
  return routes?.[page]?.initialRevalidateSeconds;
}

/** @type {any} */ (globalThis)[Symbol.for("passage.pageCache")] = { expireTags, setDatabaseReachable, startedAt: shared.startedAt };

export default class PageCacheHandler extends FileSystemCache {
  /** @type {FileSystemCache["get"]} */
  async get(key, ctx) {
    const data = await super.get(key, ctx);
    if (!data?.value) return data;
    const tags = entryTags(data.value);
    noteDatabaseTags(tags);
    // Older than this server: the build's data or a copy made before a publish it may have missed. Served only while
    // the database is down, as better than nothing.
    if (data.lastModified < shared.startedAt && shared.databaseReachable && showsDatabaseContent(tags)) return null;
    withResponseHeaders(data.value);
    const revalidate = data.cacheControl?.revalidate ?? prerenderedRevalidate(/** @type {any} */ (this).serverDistDir, key);
    offerPage(key, data.value, data.lastModified, tags, revalidate);
    return data;
  }

  /** @type {FileSystemCache["set"]} */
  async set(key, data, ctx) {
    const tags = entryTags(data);
    const storedAt = Date.now();
    noteDatabaseTags(tags);
    await super.set(key, withResponseHeaders(data), ctx);
    offerPage(key, data, storedAt, tags, ctx && "cacheControl" in ctx ? ctx.cacheControl?.revalidate : undefined);
  }
}
