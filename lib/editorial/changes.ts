// Recent changes for readers (the updates page and the Atom feeds): country profiles published through the workflow,
// with the editor's summary of what changed, and guidance pages by the date a person last checked them against their
// sources.
import "server-only";
import { listGuidance, loadGuidancePage, type GuidanceRef } from "@/lib/content/guidance";
import type { Locale } from "@/lib/i18n/locales";
import { localizedPath } from "@/lib/i18n/paths";
import type { PublishedChange } from "./profiles";
import { countryChanges, pathwayChanges, publishedChanges } from "./published";

export type ChangeEntry =
  | {
      kind: "country";
      id: string;
      href: string;
      date: Date;
      name: string;
      number: number;
      /** What changed, in the editor's words; empty for revisions from before summaries were asked for. */
      summary: string;
      /** The review date the profile states (YYYY-MM-DD). */
      lastReviewed: string | null;
    }
  | { kind: "guidance"; id: string; href: string; date: Date; title: string; description: string; lastReviewed: string };

function profileEntries(locale: Locale, changes: PublishedChange[]): ChangeEntry[] {
  return changes.map((change) => ({
    kind: "country",
    id: `countries/${change.country}#revision-${change.number}`,
    href: localizedPath(locale, `/countries/${change.country}`),
    date: change.publishedAt,
    name: change.name,
    number: change.number,
    summary: change.changeSummary,
    lastReviewed: change.lastReviewed,
  }));
}

async function guidanceEntries(locale: Locale, refs: GuidanceRef[]): Promise<ChangeEntry[]> {
  const pages = (await Promise.all(refs.map((ref) => loadGuidancePage(ref, locale)))).filter((page) => page !== null);
  return pages.map((page) => ({
    kind: "guidance",
    id: `${page.path.slice(1)}#reviewed-${page.frontmatter.lastReviewed}`,
    href: localizedPath(locale, page.path),
    date: new Date(`${page.frontmatter.lastReviewed}T00:00:00Z`),
    title: page.frontmatter.title,
    description: page.frontmatter.description,
    lastReviewed: page.frontmatter.lastReviewed,
  }));
}

const newestFirst = (entries: ChangeEntry[], limit: number) => entries.sort((a, b) => b.date.getTime() - a.date.getTime()).slice(0, limit);

export async function recentChanges(locale: Locale, limit = 50): Promise<ChangeEntry[]> {
  // Only this language's pages (the others are not read at all: under load a first render must stay cheap).
  const refs = (await listGuidance()).filter((ref) => ref.locales.includes(locale));
  const [profiles, guidance] = await Promise.all([publishedChanges(locale), guidanceEntries(locale, refs)]);
  return newestFirst([...profileEntries(locale, profiles), ...guidance], limit);
}

/** One country's feed: the publishes of its profile in this language. */
export async function countryRecentChanges(country: string, locale: Locale, limit = 50): Promise<ChangeEntry[]> {
  return newestFirst(profileEntries(locale, await countryChanges(country, locale)), limit);
}

/** One pathway's feed: the publishes of the profiles of the countries where its route applies, and the page's own review. */
export async function pathwayRecentChanges(pathway: string, locale: Locale, limit = 50): Promise<ChangeEntry[]> {
  const [profiles, page] = await Promise.all([
    pathwayChanges(pathway, locale),
    guidanceEntries(locale, [{ type: "pathway", slug: pathway }]),
  ]);
  return newestFirst([...profileEntries(locale, profiles), ...page], limit);
}
