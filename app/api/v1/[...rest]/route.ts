import { jsonError } from "@/lib/http/json";

export const dynamic = "force-dynamic";

/** Anything else under /api/v1: a JSON 404 pointing at the document, rather than the site's HTML 404 page. */
export function GET() {
  return jsonError(404, "No such endpoint: the API is described at /api/v1/openapi.json");
}
