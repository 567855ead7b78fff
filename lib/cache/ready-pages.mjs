// @ts-check
// Ready copies of cached pages, for the web server to answer a plain page request (GET or HEAD, no query, not a client
// navigation's RSC request) before Next's request handling. On 2 cores Next spends several milliseconds on each cached
// page (routing, the proxy, the response cache, a copy of the body), which under a burst of readers makes a cached page
// ten times slower than a static file; a ready copy costs a map lookup.
// The copies follow the page cache and never lead it: one is made only from an entry the cache handler stored or read
// back as current, it is dropped as soon as one of its tags is expired or stale (the same test Next applies), and when
// the entry's revalidation time runs out (then Next answers, and regenerates the page); an entry whose revalidation
// time is not known is looked up again after a minute.
import { gzipSync } from "node:zlib";
import * as etagModule from "next/dist/server/lib/etag.js";
import * as tagsManifestModule from "next/dist/server/lib/incremental-cache/tags-manifest.external.js";

// CommonJS modules: see handler.mjs.
/** @type {any} */ const etagExports = etagModule;
/** @type {any} */ const tagsManifestExports = tagsManifestModule;
/** @type {(payload: string) => string} */
const generateETag = etagExports.generateETag ?? etagExports.default.generateETag;
/** @type {Map<string, { stale?: number; expired?: number }>} */
const tagsManifest = tagsManifestExports.tagsManifest ?? tagsManifestExports.default.tagsManifest;

/** How long a copy is used before it is rebuilt from the page cache, when the entry's revalidation time is not known. */
const UNKNOWN_LIFETIME_MS = 60_000;
/** Memory kept for copies (every reading page in six languages, about 3,000 of 55 KB, and their gzip copies fit); the
 * least recently used go first. */
const MAX_BYTES = 384 * 1024 * 1024;
/** Entry headers that are Next's own bookkeeping, not for the reader. */
const INTERNAL_HEADERS = new Set(["x-next-cache-tags"]);

/**
 * @typedef {{
 *   path: string;
 *   body: Buffer;
 *   gzipped?: Buffer;
 *   etag: string;
 *   headers: Record<string, string>;
 *   tags: string[];
 *   renderedAt: number;
 *   staleAt: number;
 * }} ReadyPage
 */

/** @type {{ pages: Map<string, ReadyPage>; bytes: number }} */
const state = /** @type {any} */ (globalThis[Symbol.for("passage.readyPages")] ??= { pages: new Map(), bytes: 0 });

/** @param {ReadyPage} page */
function size(page) {
  return page.body.length + (page.gzipped?.length ?? 0);
}

/** @param {string} key */
function forget(key) {
  const page = state.pages.get(key);
  if (!page) return;
  state.pages.delete(key);
  state.bytes -= size(page);
}

/** @param {readonly string[]} tags @param {number} renderedAt */
function tagsChangedSince(tags, renderedAt) {
  return tags.some((tag) => {
    const entry = tagsManifest.get(tag);
    return entry !== undefined && ((entry.expired ?? 0) > renderedAt || (entry.stale ?? 0) > renderedAt);
  });
}

/** Next 16 keys a page's entry `/route-cache/APP_PAGE/<route hash>/$<path>`; older keys are the path itself. */
const ROUTE_CACHE_KEY = /^\/route-cache\/APP_PAGE\/[0-9a-f]+\/\$(\/.*)$/;

/** The page path of a cache key, or null for an entry that is not a page's. @param {string} key */
export function pagePathOf(key) {
  const path = ROUTE_CACHE_KEY.exec(key)?.[1] ?? (key.startsWith("/route-cache/") ? null : key);
  return path && path.startsWith("/") && path !== "/index" ? path : null;
}

/**
 * Makes a ready copy of a page-cache entry that is current (the handler calls this on every store and every read).
 * @param {string} key the cache key
 * @param {any} value the entry's value
 * @param {number} renderedAt when the entry was made
 * @param {readonly string[]} tags
 * @param {number | false | undefined} revalidate the entry's revalidation time in seconds (false: never; undefined:
 *   not known)
 */
export function offerPage(key, value, renderedAt, tags, revalidate) {
  if (value?.kind !== "APP_PAGE" || typeof value.html !== "string" || (value.status ?? 200) !== 200 || value.postponed) return;
  const path = pagePathOf(key);
  if (!path || tagsChangedSince(tags, renderedAt)) return;
  const current = state.pages.get(path);
  const now = Date.now();
  const staleAt =
    revalidate === false ? Infinity : typeof revalidate === "number" ? renderedAt + revalidate * 1000 : now + UNKNOWN_LIFETIME_MS;
  if (staleAt <= now) return;
  if (current && current.renderedAt === renderedAt) {
    current.staleAt = staleAt;
    return;
  }
  /** @type {Record<string, string>} */
  const headers = {};
  for (const [name, header] of Object.entries(value.headers ?? {}))
    if (!INTERNAL_HEADERS.has(name.toLowerCase()) && typeof header === "string") headers[name.toLowerCase()] = header;
  forget(path);
  const page = {
    path,
    body: Buffer.from(value.html),
    etag: generateETag(value.html),
    headers,
    tags: [...tags],
    renderedAt,
    staleAt,
  };
  state.pages.set(path, page);
  state.bytes += size(page);
  for (const [oldest] of state.pages) {
    if (state.bytes <= MAX_BYTES) break;
    forget(oldest);
  }
}

/**
 * The ready copy of the page at `path`, if there is a current one.
 * @param {string} path
 * @returns {ReadyPage | undefined}
 */
export function readyPage(path, now = Date.now()) {
  const page = state.pages.get(path);
  if (!page) return undefined;
  if (now >= page.staleAt || tagsChangedSince(page.tags, page.renderedAt)) {
    forget(path);
    return undefined;
  }
  // Most recently used last: eviction takes the first.
  state.pages.delete(path);
  state.pages.set(path, page);
  return page;
}

/** The gzip-compressed body, made on first use. @param {ReadyPage} page */
export function gzippedBody(page) {
  if (!page.gzipped) {
    page.gzipped = gzipSync(page.body, { level: 6 });
    state.bytes += page.gzipped.length;
  }
  return page.gzipped;
}

/** Drops every copy (tests; a copy is otherwise dropped when its tags change). */
export function forgetAllPages() {
  state.pages.clear();
  state.bytes = 0;
}
