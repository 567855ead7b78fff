import { defineRouting } from "next-intl/routing";
import { defaultLocale, locales } from "./locales";

export const routing = defineRouting({
  locales,
  defaultLocale,
  localePrefix: "always",
  // hreflang alternates live in each page's metadata: the proxy's `link` header grows with the path and broke clients.
  alternateLinks: false,
  // No Set-Cookie on reading pages: shared caches do not hold responses that set cookies. The address carries the
  // locale, and "/" negotiates from Accept-Language.
  localeCookie: false,
});
