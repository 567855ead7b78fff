// Search documents, built from the same parsed content that renders the pages: one parse, two outputs.
import { loadAllGuidance, type GuidancePage } from "@/lib/content/guidance";
import type { Locale } from "@/lib/i18n/locales";

export interface SearchDocument {
  id: string;
  /** Site-relative URL with the locale, plus #section for section hits. */
  url: string;
  title: string;
  section: string | null;
  text: string;
  type: "hub" | "pathway" | "guide" | "country";
  pillar: string | null;
  country: string | null;
  locale: Locale;
  lastReviewed: string;
}

const MAX_TEXT = 6000;

export function guidanceDocuments(page: GuidancePage): SearchDocument[] {
  const base = {
    title: page.frontmatter.title,
    type: page.type,
    pillar: page.frontmatter.pillar,
    country: null,
    locale: page.locale,
    lastReviewed: page.frontmatter.lastReviewed,
  };
  const url = `/${page.locale}${page.path}`;
  const id = `${page.type}-${page.slug}`;
  const whole: SearchDocument = { ...base, id, url, section: null, text: `${page.frontmatter.description}\n${page.body.sections.filter((s) => s.depth === 2).map((s) => s.title).join("\n")}` };
  const sections = page.body.sections
    .filter((section) => section.depth === 2)
    .map((section) => ({ ...base, id: `${id}--${section.id}`, url: `${url}#${section.id}`, section: section.title, text: section.text.slice(0, MAX_TEXT) }));
  return [whole, ...sections];
}

export async function buildGuidanceDocuments(): Promise<SearchDocument[]> {
  return (await loadAllGuidance()).flatMap(guidanceDocuments);
}
