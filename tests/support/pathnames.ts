// Prints next-intl's getPathname for the [locale, href] pairs given as JSON in argv[2]. Run without the react-server
// condition: next-intl's navigation module cannot be loaded under it outside Next (see lib/i18n/paths.ts).
import { getPathname } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/locales";

const pairs = JSON.parse(process.argv[2] ?? "[]") as [Locale, string][];
console.log(JSON.stringify(pairs.map(([locale, href]) => getPathname({ href, locale }))));
