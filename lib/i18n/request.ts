import { getRequestConfig } from "next-intl/server";
import { hasLocale, type Formats } from "next-intl";
import { routing } from "./routing";

/** The named formats, the one place dates get their shape: `format.dateTime(date, "date")` on the server or in a client. */
export const formats = {
  dateTime: {
    date: { dateStyle: "long" },
    dateTime: { dateStyle: "long", timeStyle: "short" },
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
