import { getTranslations } from "next-intl/server";
import { loadGuidancePage } from "@/lib/content/guidance";
import { isSlug } from "@/lib/content/slug";
import { atomResponse, unknownFeed } from "@/lib/editorial/atom";
import { pathwayRecentChanges } from "@/lib/editorial/changes";
import { isLocale } from "@/lib/i18n/locales";

// Cached under the profiles' tag (any publish may concern a country where the pathway applies); rendered on first request.
export const dynamic = "force-static";

export function generateStaticParams() {
  return [];
}

/** Atom feed of one pathway: publishes of the profiles of the countries where its route applies, and the page's review. */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale, slug } = await params;
  if (!isLocale(locale) || !isSlug(slug)) return unknownFeed();
  const page = await loadGuidancePage({ type: "pathway", slug }, locale);
  if (!page) return unknownFeed();
  const t = await getTranslations({ locale, namespace: "countries" });
  return atomResponse(locale, {
    path: page.path,
    title: t("pathwayFeedTitle", { title: page.frontmatter.title }),
    description: t("pathwayFeedIntro", { title: page.frontmatter.title }),
    changes: await pathwayRecentChanges(slug, locale),
  });
}
