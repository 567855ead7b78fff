import type { Locale } from "./locales";

/** The one date formatter: YYYY-MM-DD shown in the reader's language, independent of the server's time zone. */
export function formatDate(isoDate: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(new Date(`${isoDate}T00:00:00Z`));
}
