// Search documents, built from the same parsed content that renders the pages: one parse, two outputs.
// A page gives one document for itself and one per `##` section, whose URL carries the section's #id.
import { loadAllGuidance, type GuidancePage } from "@/lib/content/guidance";
import type { Section } from "@/lib/content/mdx";
import type { DocumentType } from "@/lib/content/page-types";
import type { Locale } from "@/lib/i18n/locales";
import { localizedPath } from "@/lib/i18n/paths";

export interface SearchDocument {
  id: string;
  /** Site-relative URL with the locale, plus #section for section hits. */
  url: string;
  title: string;
  section: string | null;
  /** The page's curated description (page-level documents only): ranked above body text. */
  summary: string;
  text: string;
  type: DocumentType;
  pillar: string | null;
  country: string | null;
  locale: Locale;
  lastReviewed: string;
  /** Ranking tie-breaker: a country's route first (the most specific answer), then pathways and hubs, guides, profiles. */
  weight: number;
}

const weights: Record<SearchDocument["type"], number> = { route: 4, hub: 3, pathway: 3, guide: 2, country: 1 };
const MAX_TEXT = 6000;

export interface IndexablePage {
  /** Unique per page within a locale, e.g. "pathway-eu-blue-card"; section documents append "--<section id>". */
  id: string;
  /** Site-relative URL with the locale. */
  url: string;
  title: string;
  /** The page's description, ranked above body text (empty for country profiles, whose facts go in `facts`). */
  summary: string;
  /** Further text of the page-level document, e.g. a country's key facts. */
  facts?: string;
  sections: Section[];
  type: SearchDocument["type"];
  pillar: string | null;
  country: string | null;
  locale: Locale;
  lastReviewed: string;
}

export function pageDocuments(page: IndexablePage): SearchDocument[] {
  const base = {
    title: page.title,
    type: page.type,
    pillar: page.pillar,
    country: page.country,
    locale: page.locale,
    lastReviewed: page.lastReviewed,
    weight: weights[page.type],
  };
  const topSections = page.sections.filter((section) => section.depth === 2);
  const whole: SearchDocument = {
    ...base,
    id: page.id,
    url: page.url,
    section: null,
    summary: page.summary,
    text: [page.facts ?? "", ...topSections.map((s) => s.title)].join("\n").slice(0, MAX_TEXT),
  };
  return [
    whole,
    ...topSections.map((section) => ({
      ...base,
      id: `${page.id}--${section.id}`,
      url: `${page.url}#${section.id}`,
      section: section.title,
      summary: "",
      text: section.text.slice(0, MAX_TEXT),
    })),
  ];
}

export function guidanceDocuments(page: GuidancePage): SearchDocument[] {
  return pageDocuments({
    id: `${page.type}-${page.slug}`,
    url: localizedPath(page.locale, page.path),
    title: page.frontmatter.title,
    summary: page.frontmatter.description,
    sections: page.body.sections,
    type: page.type,
    pillar: page.frontmatter.pillar,
    country: null,
    locale: page.locale,
    lastReviewed: page.frontmatter.lastReviewed,
  });
}

export async function buildGuidanceDocuments(): Promise<SearchDocument[]> {
  return (await loadAllGuidance()).flatMap(guidanceDocuments);
}
