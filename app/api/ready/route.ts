import { pageCacheReady, pageCacheWarmth } from "@/lib/cache/warm";

export const dynamic = "force-dynamic";

/**
 * Readiness, for a load balancer or `npm start`: 200 once this server has rendered every page of its sitemap into its
 * page cache after starting, 503 before. A new instance renders about 3,000 pages on start (about a minute on 2 cores);
 * sent readers before that, it would make them wait for first renders. Readiness does not follow the database or the
 * search engine (see /api/health): without them, published pages are still served from the cache.
 */
export function GET() {
  const ready = pageCacheReady();
  return Response.json(
    { status: ready ? "ready" : "warming", pageCache: pageCacheWarmth() },
    { status: ready ? 200 : 503, headers: { "Cache-Control": "no-store", ...(ready ? {} : { "Retry-After": "5" }) } },
  );
}
