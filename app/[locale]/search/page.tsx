import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Callout } from "@/components/Callout";
import { Highlighted } from "@/components/Highlighted";
import { SearchForm } from "@/components/SearchForm";
import { PillarLinks } from "@/components/guidance/PillarLinks";
import { documentTypes } from "@/lib/content/page-types";
import { Link } from "@/lib/i18n/navigation";
import { pageMetadata } from "@/lib/i18n/metadata";
import { localeParam } from "@/lib/i18n/params";
import type { SearchResult } from "@/lib/search/query";
import { firstValues, searchRequestSchema } from "@/lib/search/request";
import { searchWithCorrection } from "@/lib/search/service";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeParam(params);
  const t = await getTranslations({ locale, namespace: "search" });
  return { ...pageMetadata({ locale, path: "/search", title: t("title") }), robots: { index: false, follow: true } };
}

export default async function SearchPage({ params, searchParams }: Props) {
  const locale = await localeParam(params);
  const t = await getTranslations({ locale, namespace: "search" });
  const parsed = searchRequestSchema.safeParse({ ...firstValues(await searchParams), locale });
  const request = parsed.success ? parsed.data : null;

  let result: SearchResult | null = null;
  let correctedFrom: string | null = null;
  let unavailable = false;
  if (request?.q) {
    try {
      ({ result, correctedFrom } = await searchWithCorrection(request));
    } catch {
      unavailable = true;
    }
  }
  // Filters and pages follow the query whose results are shown (a corrected spelling, once shown, is the query).
  const hrefFor = (overrides: { type?: string; page?: number }) => {
    const query = new URLSearchParams({ q: result?.query ?? request?.q ?? "" });
    const type = "type" in overrides ? overrides.type : request?.type;
    if (type) query.set("type", type);
    if (overrides.page && overrides.page > 1) query.set("page", String(overrides.page));
    return `/search?${query.toString()}`;
  };

  return (
    <div className="prose-passage">
      <h1>{t("title")}</h1>
      <SearchForm locale={locale} defaultValue={request?.q ?? ""} id="search-page-query" />
      <div aria-live="polite" className="mt-6">
        {!parsed.success ? (
          <p role="alert">{parsed.error.issues.some((i) => i.path[0] === "q") ? t("tooLong") : parsed.error.issues[0]?.message}</p>
        ) : !request?.q ? (
          <p>{t("prompt")}</p>
        ) : unavailable ? (
          <Callout type="warning">
            <p>{t("unavailable")}</p>
            <PillarLinks locale={locale} />
          </Callout>
        ) : result && result.total === 0 ? (
          <>
            <p>{t("noResults")}</p>
            <PillarLinks locale={locale} />
          </>
        ) : result ? (
          <>
            {correctedFrom ? <p>{t("showingCorrected", { query: correctedFrom, suggestion: result.query })}</p> : null}
            <h2 id="results">{t("resultsFor", { count: result.total, query: result.query })}</h2>
            <nav aria-label={t("filterBy")}>
              <ul className="flex flex-wrap gap-3 text-sm">
                <li>
                  {request.type ? (
                    <Link href={hrefFor({ type: undefined })}>{t("all")}</Link>
                  ) : (
                    <strong aria-current="true">{t("all")}</strong>
                  )}
                </li>
                {documentTypes
                  .filter((type) => result.facets.type[type])
                  .map((type) => (
                    <li key={type}>
                      {request.type === type ? (
                        <strong aria-current="true">
                          {t(`types.${type}`)} ({result.facets.type[type]})
                        </strong>
                      ) : (
                        <Link href={hrefFor({ type })}>
                          {t(`types.${type}`)} ({result.facets.type[type]})
                        </Link>
                      )}
                    </li>
                  ))}
              </ul>
            </nav>
            <ol className="mt-4 space-y-5" start={(result.page - 1) * 10 + 1}>
              {result.hits.map((hit) => (
                <li key={hit.url}>
                  <a href={hit.url} className="text-step-1 font-semibold">
                    {hit.title}
                    {hit.section ? ` › ${hit.section}` : ""}
                  </a>
                  <p className="meta mb-0">{t(`types.${hit.type}`)}</p>
                  <p className="mb-0">
                    <Highlighted text={hit.snippet} />
                  </p>
                </li>
              ))}
            </ol>
            {result.totalPages > 1 ? (
              <nav aria-label={t("pagination")} className="mt-6 flex flex-wrap items-center gap-4">
                {result.page > 1 ? (
                  <Link href={hrefFor({ page: result.page - 1 })} rel="prev">
                    {t("previous")}
                  </Link>
                ) : null}
                <span>{t("pageOf", { page: result.page, total: result.totalPages })}</span>
                {result.page < result.totalPages ? (
                  <Link href={hrefFor({ page: result.page + 1 })} rel="next">
                    {t("next")}
                  </Link>
                ) : null}
              </nav>
            ) : null}
          </>
        ) : null}
      </div>
    </div>
  );
}
