import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CountryArticle } from "@/components/countries/CountryArticle";
import { isSlug } from "@/lib/content/slug";
import { publishedProfile } from "@/lib/editorial/published";
import { pageMetadata } from "@/lib/i18n/metadata";
import { localeParam } from "@/lib/i18n/params";

// Read from the database on every request: a publish shows at once, and the CSP nonce is per request anyway.
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; slug: string }> };

async function load(params: Props["params"]) {
  const locale = await localeParam(params);
  const { slug } = await params;
  if (!isSlug(slug)) notFound();
  const profile = await publishedProfile(slug, locale);
  if (!profile) notFound();
  return profile;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const profile = await load(params);
  const t = await getTranslations({ locale: profile.locale, namespace: "countries" });
  return pageMetadata({
    locale: profile.locale,
    path: `/countries/${profile.country}`,
    title: profile.facts.name,
    description: t("description", { name: profile.facts.name }),
  });
}

export default async function CountryPage({ params }: Props) {
  const profile = await load(params);
  return (
    <CountryArticle
      locale={profile.locale}
      country={profile.country}
      facts={profile.facts}
      body={profile.body}
      outdated={profile.outdated}
    />
  );
}
