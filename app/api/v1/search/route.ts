import { env } from "@/lib/env";
import { CORS_HEADERS, corsPreflight } from "@/lib/http/cors";
import { jsonError, validationMessage } from "@/lib/http/json";
import { requestClientAddress } from "@/lib/http/client-address";
import { rateLimitPool, searchLimitRule, SharedLimit } from "@/lib/http/rate-limit";
import { searchRequestSchema } from "@/lib/search/request";
import { search } from "@/lib/search/service";

export const dynamic = "force-dynamic";

let limiter: SharedLimit | undefined;
const searchLimit = () => (limiter ??= new SharedLimit(rateLimitPool(), searchLimitRule(env().SEARCH_RATE_LIMIT)));
const ALLOWED = new Set(["q", "locale", "type", "country", "page"]);

/**
 * GET /api/v1/search?q=&locale=&type=&country=&page= (also /api/search) → hits with safe snippets, or a 4xx/503 JSON
 * error. Never a 500. One rate limit per client address for both paths.
 */
export async function GET(request: Request) {
  // Search stays open when the counters cannot be read at all: the limit protects the engine, not a secret.
  const retryAfter = await searchLimit()
    .take(requestClientAddress(request.headers))
    .catch(() => 0);
  if (retryAfter)
    return jsonError(429, "Too many searches from this address: please wait a moment.", { "Retry-After": String(retryAfter) });

  const params = new URL(request.url).searchParams;
  const unknown = [...params.keys()].filter((key) => !ALLOWED.has(key));
  if (unknown.length) return jsonError(400, `Unknown parameter: ${unknown.join(", ")}`);
  if (!params.has("locale")) return jsonError(400, "locale is required");
  const parsed = searchRequestSchema.safeParse(Object.fromEntries([...params].filter(([, value]) => value !== "")));
  if (!parsed.success) return jsonError(400, validationMessage(parsed.error));
  if (!parsed.data.q) return jsonError(400, "q is required");

  try {
    const { query, locale, total, hits, facets, page, totalPages, suggestion } = await search(parsed.data);
    return Response.json(
      { query, locale, total, page, totalPages, hits, facets, suggestion },
      { headers: { "Cache-Control": "no-store", ...CORS_HEADERS } },
    );
  } catch (error) {
    console.error(`Search failed: ${error instanceof Error ? error.message : error}`);
    return jsonError(503, "Search is temporarily unavailable. Please try again in a few minutes.", { "Retry-After": "30" });
  }
}

export const OPTIONS = corsPreflight;
