import { openApiDocument } from "@/lib/api/openapi";
import { cachedJson } from "@/lib/http/api-response";
import { corsPreflight } from "@/lib/http/cors";

// Made once per process from the schemas; cached like a guidance page (it changes only with a deployment).
export const dynamic = "force-dynamic";

/** GET /api/v1/openapi.json: the API's OpenAPI 3.1 document. */
export async function GET(request: Request) {
  return cachedJson(request, await openApiDocument(), { databaseContent: false });
}

export const OPTIONS = corsPreflight;
