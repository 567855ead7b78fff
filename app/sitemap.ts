import type { MetadataRoute } from "next";
import { absoluteAlternates } from "@/lib/i18n/alternates";
import { absoluteUrl } from "@/lib/i18n/paths";
import { readingPages } from "@/lib/site/pages";

/** Every page in every language it exists in, each with its hreflang alternates. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  return (await readingPages()).map((page) => ({
    url: absoluteUrl(page.path),
    lastModified: page.lastModified,
    alternates: { languages: absoluteAlternates(page.alternates) },
  }));
}
