// The Atom feeds of recent changes (the site's, one country's, one pathway's): one way to write an entry, so every feed
// says what changed and when the page was last reviewed.
import "server-only";
import { Feed } from "feed";
import { getFormatter, getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/locales";
import { absoluteUrl, localizedPath } from "@/lib/i18n/paths";
import type { ChangeEntry } from "./changes";

/** The entry's title and its one line on what changed, in the reader's language (the updates page shows them too). */
export async function describeChange(locale: Locale, change: ChangeEntry) {
  const t = await getTranslations({ locale, namespace: "countries" });
  const format = await getFormatter({ locale });
  const reviewed = change.lastReviewed ? format.dateTime(new Date(`${change.lastReviewed}T00:00:00Z`), "date") : null;
  if (change.kind === "guidance") return { title: t("updatesReviewed", { title: change.title }), summary: change.description, reviewed };
  return {
    title: t("updatesItem", { name: change.name, number: change.number }),
    summary: change.summary || t("changeSummaryDefault"),
    reviewed,
  };
}

/**
 * An Atom document for `changes`, listed at `path` (a site path without locale: "/updates", "/countries/germany"); the
 * feed itself lives at `<path>/updates.xml`, or `/updates.xml` for the site's.
 */
export async function atomResponse(
  locale: Locale,
  { path, title, description, changes }: { path: string; title: string; description: string; changes: ChangeEntry[] },
): Promise<Response> {
  const t = await getTranslations({ locale, namespace: "countries" });
  const url = (href: string) => absoluteUrl(localizedPath(locale, href));
  const feedPath = path === "/updates" ? "/updates.xml" : `${path}/updates.xml`;
  const feed = new Feed({
    id: url(feedPath),
    title,
    description,
    link: url(path),
    language: locale,
    updated: changes[0]?.date ?? new Date(0),
    feedLinks: { atom: url(feedPath) },
    copyright: "Passage",
    generator: false,
  });
  for (const change of changes) {
    const { title: entryTitle, summary, reviewed } = await describeChange(locale, change);
    feed.addItem({
      id: url(`/${change.id}`),
      title: entryTitle,
      link: absoluteUrl(change.href),
      date: change.date,
      description: reviewed ? t("feedEntry", { summary, date: reviewed }) : summary,
    });
  }
  return new Response(feed.atom1(), { headers: { "Content-Type": "application/atom+xml; charset=utf-8" } });
}

export const unknownFeed = () => new Response("No such feed.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
