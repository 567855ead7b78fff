// Answers of the content API (/api/v1) built from cached content: JSON with an ETag, 304 for a matching If-None-Match,
// the reading pages' shared-cache lifetimes (lib/http/cache-control.ts) and CORS. The handler answers the conditional
// request itself: these answers are not page-cache entries, so the web server's ready copies do not cover them.
import { DATABASE_CONTENT_HEADER } from "@/lib/cache/tags.mjs";
import { readingCacheControl } from "./cache-control";
import { CORS_HEADERS } from "./cors";
import { etagMatches, etagOf } from "./etag";

export function cachedJson(request: Request, value: unknown, { databaseContent }: { databaseContent: boolean }): Response {
  const body = JSON.stringify(value);
  const etag = etagOf(body);
  const headers: Record<string, string> = {
    ...CORS_HEADERS,
    ETag: etag,
    "Cache-Control": readingCacheControl(databaseContent),
    // Read and dropped by applyCachePolicy in the web server, which would otherwise give guidance lifetimes.
    ...(databaseContent ? { [DATABASE_CONTENT_HEADER]: "1" } : {}),
  };
  if (etagMatches(request.headers.get("if-none-match"), etag)) return new Response(null, { status: 304, headers });
  return new Response(body, { headers: { ...headers, "Content-Type": "application/json; charset=utf-8" } });
}
