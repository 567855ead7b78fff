import { apiGet } from "@/lib/api/handler";
import { pageList } from "@/lib/api/pages";
import { listLocale } from "@/lib/api/requests";
import { cachedJson } from "@/lib/http/api-response";
import { corsPreflight } from "@/lib/http/cors";

// Answers a query, so rendered per request, from the cached page list (no database query).
export const dynamic = "force-dynamic";

/** GET /api/v1/pages?locale=: every guidance page, country profile and country route page in one language. */
export const GET = apiGet(async (request: Request) => cachedJson(request, await pageList(listLocale(request)), { databaseContent: true }));

export const OPTIONS = corsPreflight;
