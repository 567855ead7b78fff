import { Feed } from "feed";
import { getTranslations } from "next-intl/server";
import { recentChanges } from "@/lib/editorial/changes";
import { siteUrl } from "@/lib/env";
import { isLocale, locales } from "@/lib/i18n/locales";

// Cached like the pages (tagged through the published-changes read) until a publish expires it.
export const dynamic = "force-static";

export function generateStaticParams() {
  return locales.map((locale) => ({ locale }));
}

/** Atom feed of recent changes in one language: country profiles as published, guidance pages as reviewed. */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale))
    return new Response("Unknown language.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const t = await getTranslations({ locale, namespace: "countries" });
  const origin = siteUrl();
  const changes = await recentChanges(locale);
  const feed = new Feed({
    id: `${origin}/${locale}/updates`,
    title: t("feedTitle"),
    description: t("updatesIntro"),
    link: `${origin}/${locale}/updates`,
    language: locale,
    updated: changes[0]?.date ?? new Date(0),
    feedLinks: { atom: `${origin}/${locale}/updates.xml` },
    copyright: "Passage",
    generator: false,
  });
  for (const change of changes) {
    feed.addItem({
      id: `${origin}/${locale}/${change.id}`,
      title:
        change.kind === "country"
          ? t("updatesItem", { name: change.name, number: change.number })
          : t("updatesReviewed", { title: change.title }),
      link: `${origin}${change.href}`,
      date: change.date,
      description: change.kind === "country" ? t("description", { name: change.name }) : change.description,
    });
  }
  return new Response(feed.atom1(), { headers: { "Content-Type": "application/atom+xml; charset=utf-8" } });
}
