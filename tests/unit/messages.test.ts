import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { describe, it } from "node:test";
import { locales, referenceLocale } from "@/lib/i18n/locales";

type Tree = { [key: string]: string | Tree };
const load = (locale: string): Tree => JSON.parse(readFileSync(`messages/${locale}.json`, "utf8"));

function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === "string") out.set(prefix + key, value);
    else for (const [k, v] of flatten(value, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

// Strings that are the same as in English on purpose: the site's name, and words spelt alike ("Visas" in French).
const sameAsEnglish: Record<string, string[]> = {
  fr: [
    "admin.feedback.page",
    "nav.visas",
    "search.types.guide",
    "search.suggestions",
    "guidance.sources",
    "guidance.guides",
    "routes.conditions",
    "routes.requirement.qualification",
    "routes.source",
    "admin.route.sources",
    "admin.route.condition",
    "admin.route.kindValue.quota",
  ],
  es: ["admin.route.no", "admin.feedback.no", "feedback.no", "finder.options.jobOffer.no", "finder.options.regulated.no"],
  pt: ["routes.statusColumn", "routes.channel.online", "admin.route.kindValue.quota"],
};

/** The arguments a message takes, however deep in its plural and select branches (parsed, not pattern-matched). */
function argumentNames(message: string): string[] {
  const names = new Set<string>();
  const walk = (elements: MessageFormatElement[]) => {
    for (const element of elements) {
      if (element.type === TYPE.literal || element.type === TYPE.pound) continue;
      if ("value" in element && typeof element.value === "string") names.add(element.value);
      if (element.type === TYPE.plural || element.type === TYPE.select)
        for (const option of Object.values(element.options)) walk(option.value);
      if (element.type === TYPE.tag) walk(element.children);
    }
  };
  walk(parse(message, { ignoreTag: true }));
  return [...names].sort();
}
const sameEverywhere = new Set(["meta.siteName"]);
const reference = flatten(load(referenceLocale));

describe("UI messages", () => {
  for (const locale of locales.filter((l) => l !== referenceLocale)) {
    it(`${locale} has exactly the keys of en.json`, () => {
      const messages = flatten(load(locale));
      assert.deepEqual([...messages.keys()].sort(), [...reference.keys()].sort());
    });
    it(`${locale} leaves no English string untranslated`, () => {
      const messages = flatten(load(locale));
      const untranslated = [...reference]
        .filter(([key, english]) => !sameEverywhere.has(key) && !sameAsEnglish[locale]?.includes(key) && messages.get(key) === english)
        .map(([key]) => key);
      assert.deepEqual(untranslated, []);
    });
    it(`${locale} keeps every placeholder of the English string`, () => {
      const messages = flatten(load(locale));
      for (const [key, english] of reference)
        assert.deepEqual(argumentNames(messages.get(key) ?? ""), argumentNames(english), `${locale}: ${key}`);
    });
  }
});
