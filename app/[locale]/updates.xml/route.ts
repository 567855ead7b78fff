import { Feed } from "feed";
import { getTranslations } from "next-intl/server";
import { publishedChanges } from "@/lib/editorial/published";
import { siteUrl } from "@/lib/env";
import { isLocale } from "@/lib/i18n/locales";

export const dynamic = "force-dynamic";

/** Atom feed of the country profiles published through the editors' workflow, one feed per language. */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) return new Response("Unknown language.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const t = await getTranslations({ locale, namespace: "countries" });
  const origin = siteUrl();
  const changes = await publishedChanges(locale);
  const feed = new Feed({
    id: `${origin}/${locale}/updates`,
    title: t("feedTitle"),
    description: t("updatesIntro"),
    link: `${origin}/${locale}/updates`,
    language: locale,
    updated: changes[0]?.publishedAt ?? new Date(0),
    feedLinks: { atom: `${origin}/${locale}/updates.xml` },
    copyright: "Passage",
    generator: false,
  });
  for (const change of changes) {
    feed.addItem({
      id: `${origin}/${locale}/countries/${change.country}#revision-${change.number}`,
      title: t("updatesItem", { name: change.name, number: change.number }),
      link: `${origin}/${locale}/countries/${change.country}`,
      date: change.publishedAt,
      published: change.publishedAt,
      description: t("description", { name: change.name }),
    });
  }
  return new Response(feed.atom1(), { headers: { "Content-Type": "application/atom+xml; charset=utf-8", "Cache-Control": "no-store" } });
}
