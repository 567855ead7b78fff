import { openApiDocument } from "@/lib/api/openapi";
import { CORS_HEADERS, corsPreflight } from "@/lib/http/cors";

// Made at build from the schemas, like a static file: it changes only with a deployment.
export const dynamic = "force-static";

/** GET /api/v1/openapi.json: the API's OpenAPI 3.1 document. */
export function GET() {
  return Response.json(openApiDocument(), { headers: CORS_HEADERS });
}

export const OPTIONS = corsPreflight;
