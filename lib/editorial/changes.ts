// Recent changes for readers (the updates page and the Atom feed): country profiles published through the workflow,
// and guidance pages by the date a person last checked them against their sources.
import "server-only";
import { listGuidance, loadGuidancePage } from "@/lib/content/guidance";
import type { Locale } from "@/lib/i18n/locales";
import { localizedPath } from "@/lib/i18n/paths";
import { publishedChanges } from "./published";

export type ChangeEntry =
  | { kind: "country"; id: string; href: string; date: Date; name: string; number: number }
  | { kind: "guidance"; id: string; href: string; date: Date; title: string; description: string };

export async function recentChanges(locale: Locale, limit = 50): Promise<ChangeEntry[]> {
  const profiles: ChangeEntry[] = (await publishedChanges(locale)).map((change) => ({
    kind: "country",
    id: `countries/${change.country}#revision-${change.number}`,
    href: localizedPath(locale, `/countries/${change.country}`),
    date: change.publishedAt,
    name: change.name,
    number: change.number,
  }));
  // Only this language's pages (the others are not read at all: under load a first render must stay cheap).
  const refs = (await listGuidance()).filter((ref) => ref.locales.includes(locale));
  const pages = (await Promise.all(refs.map((ref) => loadGuidancePage(ref, locale)))).filter((page) => page !== null);
  const guidance: ChangeEntry[] = pages.map((page) => ({
    kind: "guidance",
    id: `${page.path.slice(1)}#reviewed-${page.frontmatter.lastReviewed}`,
    href: localizedPath(locale, page.path),
    date: new Date(`${page.frontmatter.lastReviewed}T00:00:00Z`),
    title: page.frontmatter.title,
    description: page.frontmatter.description,
  }));
  return [...profiles, ...guidance].sort((a, b) => b.date.getTime() - a.date.getTime()).slice(0, limit);
}
