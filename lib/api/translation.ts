// A page's translation status in the content API: the reference language, whether a person reviewed this text, and
// whether the reference moved on since it was translated.
import { referenceLocale, type Locale } from "@/lib/i18n/locales";

export function translationStatus(locale: Locale, reviewed: boolean | undefined, outdated: boolean, availableIn: Locale[]) {
  const isReference = locale === referenceLocale;
  return { reference: referenceLocale, isReference, reviewed: isReference || reviewed === true, outdated, availableIn };
}
