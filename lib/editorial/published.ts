// What the public pages read: the published profiles, straight from PostgreSQL on every request (so a publish shows
// at once), with the last good answer kept in memory and served while the database does not answer.
import "server-only";
import { db } from "@/lib/db/client";
import type { Locale } from "@/lib/i18n/locales";
import { lastGoodCache } from "./last-good";
import { readPublishedChanges, readPublishedList, readPublishedProfile } from "./profiles";

const withLastGood = lastGoodCache(2000);

export function publishedProfile(country: string, locale: Locale) {
  return withLastGood(`profile:${country}/${locale}`, () => readPublishedProfile(db(), country, locale));
}

export function publishedList(locale: Locale) {
  return withLastGood(`list:${locale}`, () => readPublishedList(db(), locale));
}

export function publishedChanges(locale: Locale) {
  return withLastGood(`changes:${locale}`, () => readPublishedChanges(db(), locale));
}
