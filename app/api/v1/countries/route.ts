import { countryList } from "@/lib/api/countries";
import { apiGet } from "@/lib/api/handler";
import { listLocale } from "@/lib/api/requests";
import { cachedJson } from "@/lib/http/api-response";
import { corsPreflight } from "@/lib/http/cors";

// Answers a query, so rendered per request, from the cached country list (no database query).
export const dynamic = "force-dynamic";

/** GET /api/v1/countries?locale=: every published country profile in one language. */
export const GET = apiGet(async (request: Request) =>
  cachedJson(request, await countryList(listLocale(request)), { databaseContent: true }),
);

export const OPTIONS = corsPreflight;
