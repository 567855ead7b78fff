// Addresses in the content API's answers: the page for readers (absolute, from SITE_URL) and the API's own paths.
import type { Locale } from "@/lib/i18n/locales";
import { absoluteUrl, localizedPath } from "@/lib/i18n/paths";

export const API_BASE = "/api/v1";

export const pageUrl = (locale: Locale, path: string) => absoluteUrl(localizedPath(locale, path));
export const pageApiPath = (locale: Locale, path: string) => `${API_BASE}/pages/${locale}${path}`;
export const countryApiPath = (locale: Locale, country: string) => `${API_BASE}/countries/${locale}/${country}`;
