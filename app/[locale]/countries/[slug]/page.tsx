import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CountryArticle } from "@/components/countries/CountryArticle";
import { PageFeedback } from "@/components/feedback/PageFeedback";
import { countrySlugs } from "@/lib/content/countries";
import { publishedCountryRoutes } from "@/lib/editorial/published";
import { pageMetadata } from "@/lib/i18n/metadata";
import { localeParam } from "@/lib/i18n/params";

// Not prerendered at build (the build machine's data must not reach production): each page is rendered on its first
// request, warmed when the server starts, then served from the page cache until a publish expires it.
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ locale: string; slug: string }> };

async function load(params: Props["params"]) {
  const locale = await localeParam(params);
  const { slug } = await params;
  if (!(await countrySlugs()).includes(slug)) notFound();
  const published = await publishedCountryRoutes(slug, locale);
  if (!published) notFound();
  return published;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { profile } = await load(params);
  const t = await getTranslations({ locale: profile.locale, namespace: "countries" });
  return pageMetadata({
    locale: profile.locale,
    path: `/countries/${profile.country}`,
    title: profile.facts.name,
    description: t("description", { name: profile.facts.name }),
    feed: `/countries/${profile.country}/updates.xml`,
  });
}

export default async function CountryPage({ params }: Props) {
  const { profile, routes } = await load(params);
  return (
    <>
      <CountryArticle
        locale={profile.locale}
        country={profile.country}
        facts={profile.facts}
        body={profile.body}
        outdated={profile.outdated}
        routes={routes}
        version={String(profile.number)}
      />
      <PageFeedback locale={profile.locale} path={`/countries/${profile.country}`} />
    </>
  );
}
