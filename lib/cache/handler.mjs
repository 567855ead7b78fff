// @ts-check
// The page cache: Next.js's own file-system cache (memory first, then .next/), with three additions.
// 1. Every cached page carries its Content-Security-Policy: the hashes of its inline scripts, computed once when the
//    page is stored (or, for a page prerendered at build, when it is first read) and kept in the entry's headers, which
//    Next sends with the cached body. Per-request nonces would make every page dynamic; hashes keep it cacheable.
// 2. A copy that shows database content and was made before this process started is never served: the build renders
//    such pages without data, and an instance that was down may have missed a publish.
// 3. `expireTags` is reachable from the rest of the server (the publish-log follower) through a global, because Next
//    loads this file itself, outside the bundles that import lib/.
// Plain JavaScript because Next.js imports this file at run time without compiling it.
import * as fileSystemCacheModule from "next/dist/server/lib/incremental-cache/file-system-cache.js";
import * as tagsManifestModule from "next/dist/server/lib/incremental-cache/tags-manifest.external.js";
import { cachedPagePolicy } from "../http/content-security-policy.mjs";
import { DATABASE_CONTENT_HEADER, showsDatabaseContent } from "./tags.mjs";

// CommonJS modules: Node's ESM loader puts their exports under `default`, Next's bundler (which also compiles this
// file into the server) unwraps them. Both shapes are accepted.
/** @type {any} */ const fileSystemCacheExports = fileSystemCacheModule;
/** @type {any} */ const tagsManifestExports = tagsManifestModule;
const FileSystemCache = fileSystemCacheExports.default?.default ?? fileSystemCacheExports.default;
/** @type {Map<string, { stale?: number; expired?: number }>} */
const tagsManifest = tagsManifestExports.tagsManifest ?? tagsManifestExports.default.tagsManifest;
const TAGS_HEADER = "x-next-cache-tags";
const startedAt = Date.now();

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
 * Expires every entry tagged with one of `tags` that was made before `at` (a publish time, ms since the epoch).
 * @param {readonly string[]} tags
 * @param {number} [at]
 */
export function expireTags(tags, at = Date.now()) {
  for (const tag of tags) {
    const entry = tagsManifest.get(tag) ?? {};
    if ((entry.expired ?? 0) < at) tagsManifest.set(tag, { ...entry, stale: at, expired: at });
  }
}

/** @type {any} */ (globalThis)[Symbol.for("passage.pageCache")] = { expireTags, startedAt };

export default class PageCacheHandler extends FileSystemCache {
  /** @type {FileSystemCache["get"]} */
  async get(key, ctx) {
    const data = await super.get(key, ctx);
    if (!data?.value) return data;
    if (data.lastModified < startedAt && showsDatabaseContent(entryTags(data.value))) return null;
    withResponseHeaders(data.value);
    return data;
  }

  /** @type {FileSystemCache["set"]} */
  async set(key, data, ctx) {
    return super.set(key, withResponseHeaders(data), ctx);
  }
}
