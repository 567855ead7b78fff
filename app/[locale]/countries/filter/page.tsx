import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CountryDirectory } from "@/components/countries/CountryDirectory";
import { countryFilterQuery } from "@/lib/countries/filter";
import { pageMetadata } from "@/lib/i18n/metadata";
import { localeParam } from "@/lib/i18n/params";

// The country list filtered by name: proxy.ts routes /{locale}/countries?q=… here. It answers a query, so it renders per
// request, from the cached published list (never the database itself).
type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeParam(params);
  const t = await getTranslations({ locale, namespace: "countries" });
  return { ...pageMetadata({ locale, path: "/countries", title: t("title"), description: t("intro") }), robots: { index: false } };
}

export default async function FilteredCountriesPage({ params, searchParams }: Props) {
  const locale = await localeParam(params);
  return <CountryDirectory locale={locale} query={countryFilterQuery((await searchParams).q)} />;
}
