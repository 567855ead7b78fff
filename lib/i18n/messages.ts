// A translator for lib/ code that runs outside a page render (search documents, the content API): use-intl's
// createTranslator over the same message files, read once per locale.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { createTranslator } from "use-intl/core";
import type { Locale } from "./locales";

export type Messages = typeof import("@/messages/en.json");

const messagesByLocale = new Map<Locale, Promise<Messages>>();

export function messagesOf(locale: Locale): Promise<Messages> {
  let loaded = messagesByLocale.get(locale);
  if (!loaded) {
    loaded = readFile(path.resolve(process.cwd(), "messages", `${locale}.json`), "utf8").then((text) => JSON.parse(text) as Messages);
    messagesByLocale.set(locale, loaded);
  }
  return loaded;
}

/** The "routes" namespace's translator in one language. */
export async function routesTranslator(locale: Locale) {
  return createTranslator({ locale, messages: await messagesOf(locale), namespace: "routes" });
}

/** The "countries" namespace's translator in one language. */
export async function countriesTranslator(locale: Locale) {
  return createTranslator({ locale, messages: await messagesOf(locale), namespace: "countries" });
}
