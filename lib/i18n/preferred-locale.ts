// The back office's language: public pages set no locale cookie (a Set-Cookie would keep shared caches from holding
// them), so it follows a NEXT_LOCALE cookie when one is sent and otherwise the browser's Accept-Language.
import { defaultLocale, isLocale, type Locale } from "./locales";

/** The first language of an Accept-Language header, by quality, that Passage speaks. */
export function localeFromAcceptLanguage(header: string | null | undefined): Locale | undefined {
  if (!header) return undefined;
  const ranked = header
    .split(",")
    .map((part, index) => {
      const [tag = "", ...parameters] = part.trim().split(";");
      const quality = parameters.map((parameter) => parameter.trim()).find((parameter) => parameter.startsWith("q="));
      const q = quality === undefined ? 1 : Number(quality.slice(2));
      return { language: tag.trim().toLowerCase().split("-")[0], q: Number.isFinite(q) ? q : 0, index };
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  return ranked.map((entry) => entry.language).find(isLocale);
}

export function preferredLocale(cookie: string | undefined, acceptLanguage: string | null | undefined): Locale {
  if (isLocale(cookie)) return cookie;
  return localeFromAcceptLanguage(acceptLanguage) ?? defaultLocale;
}
