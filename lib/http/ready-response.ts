// Answers a plain request for a page the page cache holds from its ready copy (lib/cache/ready-pages.mjs), with the
// headers Next would send for it: the same body, ETag, Vary, policy and cache lifetime, gzip when accepted, and 304 for
// a matching conditional request. Anything else (a query, a client navigation's RSC request, a method other than GET
// or HEAD, a page without a current copy) goes to Next.
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";
import { gzippedBody, readyPage, type ReadyPage } from "@/lib/cache/ready-pages.mjs";
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

/** The headers every answer from this copy carries (the same for every request: made once per copy). */
const commonHeaders = new WeakMap<ReadyPage, OutgoingHttpHeaders>();

function headersOf(page: ReadyPage): OutgoingHttpHeaders {
  let headers = commonHeaders.get(page);
  if (!headers) {
    headers = {};
    for (const { key, value } of securityHeaders) headers[key] = value;
    headers["Vary"] = PAGE_VARY;
    for (const [name, value] of Object.entries(page.headers)) if (name !== DATABASE_CONTENT_HEADER) headers[name] = value;
    headers["Cache-Control"] = publicCacheControl(CACHED_PAGE, DATABASE_CONTENT_HEADER in page.headers)!;
    headers["ETag"] = page.etag;
    // Tells operators (and the tests) which answers skipped Next, as a CDN's X-Cache does.
    headers["X-Passage-Cache"] = "ready";
    commonHeaders.set(page, headers);
  }
  return headers;
}

/** Sends the ready copy of the requested page and returns true, or returns false for Next to answer. */
export function sendReadyPage(request: IncomingMessage, response: ServerResponse): boolean {
  if (!isPlainPageRequest(request)) return false;
  const page = readyPage(request.url!);
  if (!page) return false;

  const headers = headersOf(page);
  if (etagMatches(request.headers["if-none-match"], page.etag)) {
    response.writeHead(304, headers).end();
    return true;
  }
  const gzip = acceptsGzip(request);
  const body = gzip ? gzippedBody(page) : page.body;
  response.writeHead(200, {
    ...headers,
    "Content-Type": "text/html; charset=utf-8",
    ...(gzip ? { "Content-Encoding": "gzip" } : {}),
    "Content-Length": body.length,
  });
  response.end(request.method === "HEAD" ? undefined : body);
  return true;
}
