import { getRequestConfig } from "next-intl/server";
import { hasLocale, type Formats } from "next-intl";
import { routing } from "./routing";

/** The named date formats, the only ones the site uses: `format.dateTime(date, "date")`. */
export const formats = {
  dateTime: {
    date: { dateStyle: "long" },
    dateTime: { dateStyle: "long", timeStyle: "long" },
  },
} satisfies Formats;

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  return {
    locale,
    messages: (await import(`../../messages/${locale}.json`)).default,
    timeZone: "UTC",
    formats,
  };
});
