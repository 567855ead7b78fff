import type { MetadataRoute } from "next";
import { listGuidance, guidancePath, loadGuidancePage } from "@/lib/content/guidance";
import { countrySlugs } from "@/lib/content/countries";
import { siteUrl } from "@/lib/env";
import { locales, referenceLocale, type Locale } from "@/lib/i18n/locales";

/** Every page in every language it exists in, each with its hreflang alternates. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const origin = siteUrl();
  const entries: MetadataRoute.Sitemap = [];
  const add = (path: string, available: readonly Locale[], lastModified?: string) => {
    const suffix = path === "/" ? "" : path;
    const languages = Object.fromEntries(available.map((locale) => [locale, `${origin}/${locale}${suffix}`]));
    for (const locale of available)
      entries.push({
        url: `${origin}/${locale}${suffix}`,
        lastModified,
        alternates: { languages: { ...languages, "x-default": `${origin}/${referenceLocale}${suffix}` } },
      });
  };
  add("/", locales);
  add("/glossary", locales);
  for (const ref of await listGuidance()) {
    const english = await loadGuidancePage(ref, referenceLocale);
    add(guidancePath(ref), ref.locales, english?.frontmatter.lastReviewed);
  }
  for (const path of ["/accessibility", "/privacy", "/reviewing", "/countries", "/updates"]) add(path, locales);
  // Country profiles are published in every language (seeded from content/countries, one folder per member state).
  for (const country of await countrySlugs()) add(`/countries/${country}`, locales);
  return entries;
}
