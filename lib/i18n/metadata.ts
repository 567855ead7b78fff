// Page metadata shared by every route: title, description, canonical URL and hreflang alternates for all locales, and
// the link preview (Open Graph, Twitter card) that messengers and social sites show when someone shares the page.
import type { Metadata } from "next";
import messages from "@/messages/en.json";
import { absoluteAlternates, hreflangAlternates } from "./alternates";
import { locales, type Locale } from "./locales";
import { absoluteUrl, localizedPath } from "./paths";

/** Open Graph wants language_TERRITORY: the territory where each language is the main one of the site's readers' sources. */
export const openGraphLocale: Record<Locale, string> = {
  en: "en_GB",
  fr: "fr_FR",
  es: "es_ES",
  pt: "pt_PT",
  ar: "ar_AR",
  uk: "uk_UA",
};

export function pageMetadata({
  locale,
  path,
  title,
  description,
  availableIn = locales,
  feed,
}: {
  locale: Locale;
  path: string;
  title: string;
  description?: string;
  availableIn?: readonly Locale[];
  /** The page's Atom feed (a site path without locale), announced with <link rel="alternate" type="application/atom+xml">. */
  feed?: string;
}): Metadata {
  const url = absoluteUrl(localizedPath(locale, path));
  return {
    title,
    description,
    alternates: {
      canonical: url,
      languages: absoluteAlternates(hreflangAlternates(path, availableIn)),
      ...(feed ? { types: { "application/atom+xml": absoluteUrl(localizedPath(locale, feed)) } } : {}),
    },
    openGraph: {
      type: "website",
      siteName: messages.meta.siteName,
      title,
      description,
      url,
      locale: openGraphLocale[locale],
      alternateLocale: availableIn.filter((other) => other !== locale).map((other) => openGraphLocale[other]),
    },
    twitter: { card: "summary", title, description },
  };
}
