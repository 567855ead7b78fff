import { getTranslations } from "next-intl/server";
import { countrySlugs } from "@/lib/content/countries";
import { atomResponse, unknownFeed } from "@/lib/editorial/atom";
import { countryRecentChanges } from "@/lib/editorial/changes";
import { publishedProfile } from "@/lib/editorial/published";
import { isLocale } from "@/lib/i18n/locales";

// Cached under the country's tag until one of its publishes expires it; rendered on first request, like the country page.
export const dynamic = "force-static";

export function generateStaticParams() {
  return [];
}

/** Atom feed of one country's published revisions in one language, each with the editor's summary of the change. */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale, slug } = await params;
  if (!isLocale(locale) || !(await countrySlugs()).includes(slug)) return unknownFeed();
  const profile = await publishedProfile(slug, locale);
  if (!profile) return unknownFeed();
  const t = await getTranslations({ locale, namespace: "countries" });
  return atomResponse(locale, {
    path: `/countries/${slug}`,
    title: t("countryFeedTitle", { name: profile.facts.name }),
    description: t("countryFeedIntro", { name: profile.facts.name }),
    changes: await countryRecentChanges(slug, locale),
  });
}
