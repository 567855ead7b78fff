// Answers a plain request for a page the page cache holds from its ready copy (lib/cache/ready-pages.mjs), with the
// headers Next would send for it: the same body, ETag, Vary, policy and cache lifetime, gzip when accepted, and 304 for
// a matching conditional request. Anything else (a query, a client navigation's RSC request, a method other than GET
// or HEAD, a page without a current copy) goes to Next.
import type { IncomingMessage, ServerResponse } from "node:http";
import { gzippedBody, readyPage } from "@/lib/cache/ready-pages.mjs";
import { DATABASE_CONTENT_HEADER } from "@/lib/cache/tags.mjs";
import { securityHeaders } from "./security-headers.mjs";
import { publicCacheControl } from "./cache-control";
import { etagMatches } from "./etag";

/** Next's Vary for an app page: the client router's headers pick the RSC payload instead of the HTML. */
const PAGE_VARY = "rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch, Accept-Encoding";
const ROUTER_HEADERS = ["rsc", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch", "next-action", "next-url"];
/** What Next's cache answers for a page kept without a revalidation time; publicCacheControl turns it into ours. */
const CACHED_PAGE = "s-maxage=31536000";

function isPlainPageRequest(request: IncomingMessage) {
  if (request.method !== "GET" && request.method !== "HEAD") return false;
  if (!request.url || request.url.includes("?")) return false;
  return !ROUTER_HEADERS.some((name) => request.headers[name] !== undefined);
}

function acceptsGzip(request: IncomingMessage) {
  const accepted = request.headers["accept-encoding"];
  return typeof accepted === "string" && /\bgzip\b(?!\s*;\s*q=0(\.0*)?\b)/i.test(accepted);
}

/** Sends the ready copy of the requested page and returns true, or returns false for Next to answer. */
export function sendReadyPage(request: IncomingMessage, response: ServerResponse): boolean {
  if (!isPlainPageRequest(request)) return false;
  const page = readyPage(request.url!);
  if (!page) return false;

  for (const { key, value } of securityHeaders) response.setHeader(key, value);
  response.setHeader("Vary", PAGE_VARY);
  for (const [name, value] of Object.entries(page.headers)) if (name !== DATABASE_CONTENT_HEADER) response.setHeader(name, value);
  response.setHeader("Cache-Control", publicCacheControl(CACHED_PAGE, DATABASE_CONTENT_HEADER in page.headers)!);
  response.setHeader("ETag", page.etag);
  // Tells operators (and the tests) which answers skipped Next, as a CDN's X-Cache does.
  response.setHeader("X-Passage-Cache", "ready");
  if (etagMatches(request.headers["if-none-match"], page.etag)) {
    response.writeHead(304).end();
    return true;
  }
  const gzip = acceptsGzip(request);
  const body = gzip ? gzippedBody(page) : page.body;
  response.setHeader("Content-Type", "text/html; charset=utf-8");
  if (gzip) response.setHeader("Content-Encoding", "gzip");
  response.setHeader("Content-Length", body.length);
  response.writeHead(200).end(request.method === "HEAD" ? undefined : body);
  return true;
}
