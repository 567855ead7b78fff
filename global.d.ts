import type messages from "./messages/en.json";
import type { Locale } from "./lib/i18n/locales";
import type { formats } from "./lib/i18n/request";

// Messages and named formats are typed: a missing or misspelt key or format name is a type error.
declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: typeof messages;
    Formats: typeof formats;
  }
}
