import { countryDocument, countryLocales } from "@/lib/api/countries";
import { apiGet } from "@/lib/api/handler";
import { ApiRequestError, pathLocale } from "@/lib/api/requests";
import { isSlug } from "@/lib/content/slug";
import { cachedJson } from "@/lib/http/api-response";
import { corsPreflight } from "@/lib/http/cors";

// Per request from the cached published reads, never the database itself.
export const dynamic = "force-dynamic";

type Context = { params: Promise<{ locale: string; slug: string }> };

/** GET /api/v1/countries/{locale}/{slug}: one published profile's facts and routes. */
export const GET = apiGet(async (request: Request, { params }: Context) => {
  const { locale: rawLocale, slug } = await params;
  const locale = pathLocale(rawLocale);
  const available = isSlug(slug) ? await countryLocales(slug) : [];
  if (!available.length) throw new ApiRequestError(404, `No country profile "${slug.slice(0, 60)}"`);
  if (!available.includes(locale))
    throw new ApiRequestError(404, `${slug} is not published in ${locale}; it is in ${available.join(", ")}`);
  const document = await countryDocument(slug, locale);
  if (!document) throw new ApiRequestError(404, `No country profile "${slug}"`);
  return cachedJson(request, document, { databaseContent: true });
});

export const OPTIONS = corsPreflight;
