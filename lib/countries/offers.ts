// The pathways the member states offer, named in the reader's language (English where a translation is missing).
import { pageLinks } from "@/lib/content/guidance";
import type { Locale } from "@/lib/i18n/locales";

/** Pathway slug → title, for every pathway any of the countries offers. */
export async function offeredPathwayTitles(
  countries: readonly { facts: { offers: string[] } }[],
  locale: Locale,
): Promise<Map<string, string>> {
  const slugs = [...new Set(countries.flatMap((entry) => entry.facts.offers))];
  const links = await pageLinks(
    slugs.map((slug) => ({ type: "pathway" as const, slug })),
    locale,
  );
  return new Map(links.map((link) => [link.slug, link.title]));
}
