import type { MetadataRoute } from "next";
import { publishedRouteTable } from "@/lib/editorial/published";
import { absoluteAlternates, hreflangAlternates } from "@/lib/i18n/alternates";
import { absoluteUrl, localizedPath } from "@/lib/i18n/paths";
import { readingPages } from "@/lib/site/pages";

/**
 * Every page in every language it exists in, each with its hreflang alternates: the pages of the file tree, then the
 * country route pages as published (an editor may add a national scheme), which makes the sitemap database content.
 */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const pages = (await readingPages()).map((page) => ({
    url: absoluteUrl(page.path),
    lastModified: page.lastModified,
    alternates: { languages: absoluteAlternates(page.alternates) },
  }));
  for (const country of await publishedRouteTable()) {
    for (const route of country.routes) {
      const path = `/countries/${country.country}/${route.id}`;
      const alternates = { languages: absoluteAlternates(hreflangAlternates(path, route.locales)) };
      for (const locale of route.locales)
        pages.push({ url: absoluteUrl(localizedPath(locale, path)), lastModified: country.lastReviewed, alternates });
    }
  }
  return pages;
}
