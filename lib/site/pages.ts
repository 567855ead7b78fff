// Every public reading page in every language it exists in: the sitemap lists them, cache warming and benchmarks walk them.
// Read from the file tree only (no database): country profiles are published in every language, one per content folder.
import { countrySlugs } from "@/lib/content/countries";
import { guidancePath, listGuidance, loadGuidancePage } from "@/lib/content/guidance";
import { hreflangAlternates, type Alternates } from "@/lib/i18n/alternates";
import { locales, referenceLocale, type Locale } from "@/lib/i18n/locales";
import { localizedPath } from "@/lib/i18n/paths";

/** Pages that are routes of the app rather than content files (search is one too, but not a reading page). */
export const appPagePaths = ["/", "/glossary", "/accessibility", "/privacy", "/reviewing", "/security", "/countries", "/updates"] as const;

export interface ReadingPage {
  /** Locale-prefixed path, e.g. /fr/countries/germany. */
  path: string;
  locale: Locale;
  /** Locale-prefixed paths of the same page in each language it exists in, plus x-default. */
  alternates: Alternates;
  /** The English page's last review (YYYY-MM-DD), for guidance pages. */
  lastModified?: string;
}

export async function readingPages(): Promise<ReadingPage[]> {
  const pages: ReadingPage[] = [];
  const add = (sitePath: string, available: readonly Locale[], lastModified?: string) => {
    const alternates = hreflangAlternates(sitePath, available);
    for (const locale of available) pages.push({ path: localizedPath(locale, sitePath), locale, alternates, lastModified });
  };
  for (const sitePath of appPagePaths) add(sitePath, locales);
  for (const ref of await listGuidance()) {
    const english = await loadGuidancePage(ref, referenceLocale);
    add(guidancePath(ref), ref.locales, english?.frontmatter.lastReviewed);
  }
  for (const country of await countrySlugs()) add(`/countries/${country}`, locales);
  return pages;
}
