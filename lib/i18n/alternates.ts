// hreflang alternates of a page, shared by the page metadata and the sitemap.
import { defaultLocale, type Locale } from "./locales";
import { absoluteUrl, localizedPath } from "./paths";

export type Alternates = Partial<Record<Locale | "x-default", string>>;

/** The localized path of a page in each language it exists in, plus `x-default` (the default locale). */
export function hreflangAlternates(path: string, availableIn: readonly Locale[]): Alternates {
  return {
    ...Object.fromEntries(availableIn.map((locale) => [locale, localizedPath(locale, path)])),
    "x-default": localizedPath(defaultLocale, path),
  };
}

/** The same alternates as public URLs, as the sitemap and `<link rel="alternate">` want them. */
export function absoluteAlternates(alternates: Alternates): Record<string, string> {
  return Object.fromEntries(Object.entries(alternates).map(([hreflang, href]) => [hreflang, absoluteUrl(href)]));
}
