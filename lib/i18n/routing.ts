import { defineRouting } from "next-intl/routing";
import { defaultLocale, locales } from "./locales";

export const routing = defineRouting({
  locales,
  defaultLocale,
  localePrefix: "always",
  // hreflang alternates live in each page's metadata: the proxy's `link` header grows with the path and broke clients.
  alternateLinks: false,
});
