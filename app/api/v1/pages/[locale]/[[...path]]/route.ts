import { apiGet } from "@/lib/api/handler";
import { pageDocument, pageLocales } from "@/lib/api/pages";
import { pageTarget, targetPath } from "@/lib/api/targets";
import { ApiRequestError, pathLocale } from "@/lib/api/requests";
import { cachedJson } from "@/lib/http/api-response";
import { corsPreflight } from "@/lib/http/cors";

// Per request from cached content: the file tree's pages and the cached published reads, never the database itself.
export const dynamic = "force-dynamic";

type Context = { params: Promise<{ locale: string; path?: string[] }> };

/** GET /api/v1/pages/{locale}/{path}: one page as structured JSON. */
export const GET = apiGet(async (request: Request, { params }: Context) => {
  const { locale: rawLocale, path = [] } = await params;
  const locale = pathLocale(rawLocale);
  if (!path.length)
    throw new ApiRequestError(
      404,
      `Give a page path, e.g. /api/v1/pages/${locale}/pathways/eu-blue-card, or list the pages with /api/v1/pages?locale=${locale}`,
    );
  const target = pageTarget(path);
  const shown = `/${path.join("/")}`.slice(0, 200);
  if (!target) throw new ApiRequestError(404, `No page at ${shown}`);
  const available = await pageLocales(target);
  if (!available.length) throw new ApiRequestError(404, `No page at ${targetPath(target)}`);
  if (!available.includes(locale))
    throw new ApiRequestError(404, `${targetPath(target)} is not available in ${locale}; it is in ${available.join(", ")}`);
  const document = await pageDocument(target, locale);
  if (!document) throw new ApiRequestError(404, `No page at ${targetPath(target)}`);
  return cachedJson(request, document, { databaseContent: target.kind !== "guidance" });
});

export const OPTIONS = corsPreflight;
