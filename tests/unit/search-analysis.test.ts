import assert from "node:assert/strict";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { describe, it } from "node:test";
import { locales } from "@/lib/i18n/locales";
import { keyWords, MEMBER_STATES, namedCountries, stem, stemQuery, stopWords } from "@/lib/search/analysis";
import { indexSettings, stemmedSynonyms } from "@/lib/search/settings";

describe("search analysis", () => {
  it("folds the word forms readers type onto the forms pages use, in each language", () => {
    const same = (locale: (typeof locales)[number], a: string, b: string) =>
      assert.equal(stem(a, locale), stem(b, locale), `${locale}: ${a} / ${b}`);
    same("en", "nursing", "nurses");
    same("fr", "étudiants", "étudier");
    same("es", "estudiantes", "estudiar");
    same("pt", "enfermeiros", "enfermeiro");
    same("ar", "الممرضات", "ممرضة");
    same("uk", "студентів", "студенти");
    assert.notEqual(stem("visa", "en"), stem("vision", "en"));
  });

  it("keeps a query's key words and drops its question words", () => {
    assert.deepEqual(keyWords("How do I get my diploma recognised?", "en"), ["diploma", "recognised"]);
    assert.deepEqual(keyWords("Comment faire reconnaître mon diplôme ?", "fr"), ["reconnaître", "diplôme"]);
    assert.deepEqual(keyWords("чи потрібен апостиль", "uk"), ["потрібен", "апостиль"]);
    // A query of nothing but stop words is searched as typed.
    assert.deepEqual(keyWords("what is it", "en"), ["what", "is", "it"]);
    assert.equal(stemQuery("the nurses", "en"), "nurs");
  });

  it("reads typographic and plain apostrophes alike", () => {
    assert.equal(stemQuery("возз’єднання сім’ї", "uk"), stemQuery("возз'єднання сім'ї", "uk"));
  });

  it("spots the member states named in a query, inflected or not", () => {
    assert.deepEqual(namedCountries("blue card germany", "en"), ["germany"]);
    assert.deepEqual(namedCountries("regroupement familial aux Pays-Bas", "fr"), ["netherlands"]);
    assert.deepEqual(namedCountries("навчання у Франції", "uk"), ["france"]);
    assert.deepEqual(namedCountries("الدراسة في فرنسا", "ar"), ["france"]);
    assert.deepEqual(namedCountries("moving from Spain to Portugal", "en"), ["portugal", "spain"]);
    assert.deepEqual(namedCountries("blue card salary", "en"), []);
    assert.deepEqual(namedCountries("learn german", "en"), [], "the language is not the country");
    assert.deepEqual(namedCountries("apostille", "fr"), []);
    assert.deepEqual(namedCountries("вивчити французьку", "uk"), [], "the language is not the country");
  });

  it("knows each member state by the slug of its profile", async () => {
    const profiles = (await readdir(path.resolve("content/countries"))).sort();
    assert.deepEqual(Object.values(MEMBER_STATES).sort(), profiles);
    for (const [code, slug] of Object.entries(MEMBER_STATES)) {
      const english = await readFile(path.resolve("content/countries", slug, "en.mdx"), "utf8");
      assert.match(english, new RegExp(`^isoCode: "?${code}"?$`, "m"), slug);
    }
  });

  it("has stop words and synonyms for every language, with no stop word that a synonym needs", () => {
    for (const locale of locales) {
      assert.ok(stopWords[locale].length > 20, locale);
      const synonyms = indexSettings(locale).synonyms ?? {};
      assert.ok(Object.keys(synonyms).length > 3, locale);
      for (const key of Object.keys(synonyms)) assert.ok(!stopWords[locale].includes(key), `${locale}: "${key}" is a stop word`);
    }
  });

  it("gives the stems' index the same synonyms, stemmed on both sides and merged where two keys share a stem", () => {
    const stemmed = stemmedSynonyms("en");
    // "student" and "students" both map to "studying" and "study", which share one stem.
    assert.deepEqual(stemmed[stem("students", "en")], [stem("study", "en")]);
    assert.deepEqual(stemmed["blue card"], ["eu blue card"]);
    for (const locale of locales)
      for (const [key, values] of Object.entries(stemmedSynonyms(locale)))
        assert.ok(values.length && !values.includes(key), `${locale}: "${key}" maps to itself or nothing`);
  });
});
