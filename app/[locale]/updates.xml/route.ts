import { Feed } from "feed";
import { getTranslations } from "next-intl/server";
import { recentChanges } from "@/lib/editorial/changes";
import { isLocale, locales } from "@/lib/i18n/locales";
import { getPathname } from "@/lib/i18n/navigation";
import { absoluteUrl } from "@/lib/i18n/paths";

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
  const url = (href: string) => absoluteUrl(getPathname({ href, locale }));
  const changes = await recentChanges(locale);
  const feed = new Feed({
    id: url("/updates"),
    title: t("feedTitle"),
    description: t("updatesIntro"),
    link: url("/updates"),
    language: locale,
    updated: changes[0]?.date ?? new Date(0),
    feedLinks: { atom: url("/updates.xml") },
    copyright: "Passage",
    generator: false,
  });
  for (const change of changes) {
    feed.addItem({
      id: url(`/${change.id}`),
      title:
        change.kind === "country"
          ? t("updatesItem", { name: change.name, number: change.number })
          : t("updatesReviewed", { title: change.title }),
      link: absoluteUrl(change.href),
      date: change.date,
      description: change.kind === "country" ? t("description", { name: change.name }) : change.description,
    });
  }
  return new Response(feed.atom1(), { headers: { "Content-Type": "application/atom+xml; charset=utf-8" } });
}
