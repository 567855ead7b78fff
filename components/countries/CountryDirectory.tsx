// The country list page's content, shared by the cached page and the filtered view that answers a query.
import { getTranslations } from "next-intl/server";
import { filterCountries } from "@/lib/countries/filter";
import { offeredPathwayTitles } from "@/lib/countries/offers";
import { publishedList } from "@/lib/editorial/published";
import type { Locale } from "@/lib/i18n/locales";
import { getPathname } from "@/lib/i18n/navigation";

/** The list of member states, filtered by name when `query` is not empty (the no-JavaScript filter form). */
export async function CountryDirectory({ locale, query }: { locale: Locale; query: string }) {
  const t = await getTranslations({ locale, namespace: "countries" });
  const all = await publishedList(locale);
  const countries = filterCountries(all, query);
  const titles = await offeredPathwayTitles(all, locale);
  const listPath = getPathname({ href: "/countries", locale });

  return (
    <>
      <h1>{t("title")}</h1>
      <p className="prose-passage text-step-1">{t("intro")}</p>
      <form method="get" action={listPath} className="my-6 flex flex-wrap items-end gap-2" role="search" aria-label={t("filterLabel")}>
        <div className="flex flex-col">
          <label htmlFor="country-filter" className="font-semibold">
            {t("filterLabel")}
          </label>
          <input
            id="country-filter"
            name="q"
            type="search"
            defaultValue={query}
            className="rounded border border-muted px-3 py-2"
            autoComplete="off"
          />
        </div>
        <button type="submit" className="button">
          {t("filterSubmit")}
        </button>
        {query ? <a href={listPath}>{t("filterClear")}</a> : null}
      </form>
      <p role="status" className="meta">
        {countries.length ? t("resultCount", { count: countries.length }) : t("noMatch", { query })}
      </p>
      <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3" id="country-list">
        {countries.map(({ country, facts }) => (
          <li key={country}>
            <a href={getPathname({ href: `/countries/${country}`, locale })} className="card h-full no-underline" data-country={country}>
              <span className="block text-step-1 font-bold text-brand underline">{facts.name}</span>
              <span className="mt-2 block text-step--1 text-ink">
                <span className="font-semibold">{t("offers")}: </span>
                {facts.offers.map((slug) => titles.get(slug) ?? slug).join(" · ")}
              </span>
              {facts.nationalSchemes.length ? (
                <span className="mt-1 block text-step--1 text-ink">
                  <span className="font-semibold">{t("nationalSchemes")}: </span>
                  {facts.nationalSchemes.map((scheme) => scheme.name).join(" · ")}
                </span>
              ) : null}
            </a>
          </li>
        ))}
      </ul>
    </>
  );
}
