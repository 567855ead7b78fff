// How long browsers and shared caches (a CDN, a reverse proxy) keep a response. Next.js decides whether a response may
// be cached at all: it sends `s-maxage` only for a page served from its cache. We then decide for how long, by what the
// page shows, which the cache handler marks on the entry (DATABASE_CONTENT_HEADER):
// - database content (country pages, lists, recent changes, feeds): a publish must reach readers within a minute or
//   two, and a CDN cannot be told of it, so shared caches keep it 60 s and may serve it 30 s more while they refetch;
//   browsers revalidate every time (a 304 with the ETag costs a few hundred bytes);
// - guidance pages (they change only with a deployment): browsers keep them 5 minutes, shared caches 10 minutes and a
//   day more while refetching, so a slow or flaky network still gets a page at once.
// Everything else (search answers, the back office, the APIs) keeps what Next or the handler set: private, no-store.
import type { ServerResponse } from "node:http";
import { DATABASE_CONTENT_HEADER } from "@/lib/cache/tags.mjs";

const DATABASE_CONTENT = "public, max-age=0, s-maxage=60, stale-while-revalidate=30";
const GUIDANCE_CONTENT = "public, max-age=300, s-maxage=600, stale-while-revalidate=86400";

/**
 * The policy of a response that is not served from Next's page cache but shows content that is (the content API): the
 * same lifetimes. Send it with DATABASE_CONTENT_HEADER for database content, as applyCachePolicy reads that mark.
 */
export function readingCacheControl(showsDatabaseContent: boolean): string {
  return showsDatabaseContent ? DATABASE_CONTENT : GUIDANCE_CONTENT;
}

export function publicCacheControl(nextValue: string | undefined, showsDatabaseContent: boolean): string | undefined {
  if (!nextValue || !/\bs-maxage=/.test(nextValue)) return nextValue;
  return showsDatabaseContent ? DATABASE_CONTENT : GUIDANCE_CONTENT;
}

/** Rewrites the response's Cache-Control as above just before its head is sent, and drops the internal marker. */
export function applyCachePolicy(res: ServerResponse) {
  const writeHead = res.writeHead;
  res.writeHead = function (this: ServerResponse, ...args: Parameters<ServerResponse["writeHead"]>) {
    const marked = res.hasHeader(DATABASE_CONTENT_HEADER);
    res.removeHeader(DATABASE_CONTENT_HEADER);
    const current = res.getHeader("cache-control");
    const value = publicCacheControl(typeof current === "string" ? current : undefined, marked);
    if (value) res.setHeader("Cache-Control", value);
    return writeHead.apply(this, args);
  } as ServerResponse["writeHead"];
}
