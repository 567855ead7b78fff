import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CountryDirectory } from "@/components/countries/CountryDirectory";
import { pageMetadata } from "@/lib/i18n/metadata";
import { localeParam } from "@/lib/i18n/params";

// Cached like every reading page; a filter query (?q=) is routed by proxy.ts to ./filter, which renders per request.
type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeParam(params);
  const t = await getTranslations({ locale, namespace: "countries" });
  return pageMetadata({ locale, path: "/countries", title: t("title"), description: t("intro") });
}

export default async function CountriesPage({ params }: Props) {
  return <CountryDirectory locale={await localeParam(params)} query="" />;
}
