// The open API (/api/v1, and /api/search) may be read from any origin: it is public, read-only and sends no cookie,
// so `*` is safe. Browsers get the ETag to revalidate with, and Retry-After on a 429.
export const CORS_HEADERS = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Expose-Headers": "ETag, Retry-After",
} as const;

/** The answer to a browser's preflight (OPTIONS): GET from anywhere, with a conditional request header. */
export function corsPreflight(): Response {
  return new Response(null, {
    status: 204,
    headers: {
      ...CORS_HEADERS,
      "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
      "Access-Control-Allow-Headers": "If-None-Match",
      "Access-Control-Max-Age": "86400",
      "Cache-Control": "public, max-age=86400",
    },
  });
}
