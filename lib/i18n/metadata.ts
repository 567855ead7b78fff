// Page metadata shared by every route: title, description, canonical URL and hreflang alternates for all locales.
import type { Metadata } from "next";
import { siteUrl } from "@/lib/env";
import { locales, type Locale } from "./locales";

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
  const origin = siteUrl();
  const suffix = path === "/" ? "" : path;
  const languages: Record<string, string> = Object.fromEntries(availableIn.map((l) => [l, `${origin}/${l}${suffix}`]));
  languages["x-default"] = `${origin}/en${suffix}`;
  return {
    title,
    description,
    alternates: { canonical: `${origin}/${locale}${suffix}`, languages },
  };
}
