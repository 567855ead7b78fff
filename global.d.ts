import type messages from "./messages/en.json";
import type { Locale } from "./lib/i18n/locales";
import type { formats } from "./lib/i18n/request";

// Messages and named formats are typed from en.json and lib/i18n/request.ts: a missing or misspelt key is a type error.
declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: typeof messages;
    Formats: typeof formats;
  }
}
