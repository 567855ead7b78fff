// Locale metadata shared by routing, layout and content. English is the reference language.
export const locales = ["en", "fr", "es", "pt", "ar", "uk"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "en";
export const referenceLocale: Locale = "en";

const rtl = new Set<Locale>(["ar"]);

export const localeNames: Record<Locale, string> = {
  en: "English",
  fr: "Français",
  es: "Español",
  pt: "Português",
  ar: "العربية",
  uk: "Українська",
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}

export function directionOf(locale: Locale): "ltr" | "rtl" {
  return rtl.has(locale) ? "rtl" : "ltr";
}
