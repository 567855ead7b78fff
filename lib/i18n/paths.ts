// Locale-prefixed paths and absolute URLs for lib/ code: search documents, the sitemap's page list, hreflang alternates.
// Pages and components use next-intl's `getPathname`/`Link` (lib/i18n/navigation.ts); this is the same rule
// (localePrefix "always", no trailing slash), kept apart because next-intl's navigation module cannot be loaded outside
// Next under the react-server condition the indexer's tests run with. tests/unit/paths.test.ts checks the two agree.
import { siteUrl } from "@/lib/env";
import type { Locale } from "./locales";

/** `/en`, `/fr/countries/germany`: a site path (starting with /, without locale) in one locale. */
export function localizedPath(locale: Locale, path: string): string {
  return `/${locale}${path === "/" ? "" : path}`;
}

/** The public URL of a site path (already localized), from SITE_URL. */
export function absoluteUrl(localized: string): string {
  return `${siteUrl()}${localized}`;
}
