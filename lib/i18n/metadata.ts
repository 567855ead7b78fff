// Page metadata shared by every route: title, description, canonical URL and hreflang alternates for all locales.
import type { Metadata } from "next";
import { absoluteAlternates, hreflangAlternates } from "./alternates";
import { locales, type Locale } from "./locales";
import { absoluteUrl, localizedPath } from "./paths";

export function pageMetadata({
  locale,
  path,
  title,
  description,
  availableIn = locales,
}: {
  locale: Locale;
  path: string;
  title: string;
  description?: string;
  availableIn?: readonly Locale[];
}): Metadata {
  return {
    title,
    description,
    alternates: {
      canonical: absoluteUrl(localizedPath(locale, path)),
      languages: absoluteAlternates(hreflangAlternates(path, availableIn)),
    },
  };
}
