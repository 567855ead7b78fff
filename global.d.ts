import type messages from "./messages/en.json";
import type { Locale } from "./lib/i18n/locales";

// Messages are typed from en.json: a missing or misspelt key is a type error.
declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: typeof messages;
  }
}
