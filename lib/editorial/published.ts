// What the public pages read: the published profiles, straight from PostgreSQL on every request (so a publish shows
// at once), with the last good answer kept in memory and served while the database does not answer.
import "server-only";
import { db } from "@/lib/db/client";
import type { Locale } from "@/lib/i18n/locales";
import { withTimeout } from "@/lib/timeout";
import { readPublishedChanges, readPublishedList, readPublishedProfile } from "./profiles";

const lastGood = new Map<string, unknown>();
const DATABASE_TIMEOUT_MS = 2000;

async function withLastGood<T>(key: string, load: () => Promise<T>): Promise<T> {
  try {
    const value = await withTimeout(load(), DATABASE_TIMEOUT_MS, "database");
    lastGood.set(key, value);
    return value;
  } catch (error) {
    if (lastGood.has(key)) return lastGood.get(key) as T;
    throw error;
  }
}

export function publishedProfile(country: string, locale: Locale) {
  return withLastGood(`profile:${country}/${locale}`, () => readPublishedProfile(db(), country, locale));
}

export function publishedList(locale: Locale) {
  return withLastGood(`list:${locale}`, () => readPublishedList(db(), locale));
}

export function publishedChanges(locale: Locale) {
  return withLastGood(`changes:${locale}`, () => readPublishedChanges(db(), locale));
}
