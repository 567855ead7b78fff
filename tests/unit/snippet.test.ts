import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { HIGHLIGHT_END as E, HIGHLIGHT_START as S } from "@/lib/search/markers";
import { cropAndHighlight, forEachWord, leadOf, SNIPPET_WORDS, snippetOf, snippetTerms } from "@/lib/search/snippet";

const marked = (snippet: string) => [...snippet.matchAll(new RegExp(`${S}(.*?)${E}`, "gu"))].map((match) => match[1]);
const wordCount = (snippet: string) =>
  snippet
    .replaceAll(/[^\p{L}\p{N}\s]/gu, " ")
    .trim()
    .split(/\s+/).length;

// What a word is (analysis.ts): letters, marks and digits, and an apostrophe inside a word followed by letters.
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’ʼ`][\p{L}\p{M}]+)*/gu;

function random(seed: number) {
  return () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

describe("search snippets", () => {
  it("finds the words a Unicode regex finds, apostrophes, digits, marks and characters outside the BMP included", () => {
    // Pieces that sit on the edges: the four apostrophes, a digit after one, combining and Arabic marks, an astral
    // letter and emoji, a lone surrogate, a character above the lookup table (CJK) and Arabic letters.
    const pieces = [
      "a",
      "É",
      "e\u0301",
      "'",
      "’",
      "ʼ",
      "`",
      "7",
      " ",
      ".",
      "-",
      "𝐀",
      "😀",
      "\ud800",
      "ال",
      "ة",
      "\u064e",
      "ї",
      "Д",
      "中",
      "ﻻ",
    ];
    const next = random(11);
    for (let run = 0; run < 5000; run++) {
      const text = Array.from({ length: 1 + Math.floor(next() * 24) }, () => pieces[Math.floor(next() * pieces.length)]).join("");
      const found: string[] = [];
      forEachWord(text, (start, end) => void found.push(text.slice(start, end)));
      assert.deepEqual(found, text.match(WORD) ?? [], JSON.stringify(text));
    }
  });

  it("highlights the query's words and the forms its stems match, not its question words", () => {
    const snippet = cropAndHighlight(
      "Nurses need a licence. Nursing schools explain how.",
      snippetTerms("how do nurses get a licence", "en"),
    );
    assert.deepEqual(marked(snippet!), ["Nurses", "licence", "Nursing"]);
  });

  it("matches without accents and case, as Meilisearch does, and keeps the text as written", () => {
    const snippet = cropAndHighlight("Faites reconnaître votre Diplôme.", snippetTerms("diplome", "fr"));
    assert.equal(snippet, `Faites reconnaître votre ${S}Diplôme${E}.`);
  });

  it("finds Arabic words behind their article and conjunction", () => {
    const snippet = cropAndHighlight("قدّم طلب التأشيرة في القنصلية", snippetTerms("تأشيرة", "ar"));
    assert.deepEqual(marked(snippet!), ["التأشيرة"]);
  });

  it("lets a short term match only itself", () => {
    assert.equal(cropAndHighlight("European rules and EU law.", snippetTerms("eu", "en")), `European rules and ${S}EU${E} law.`);
  });

  it("cuts a long text around its best run of matches, with ellipses where it was cut", () => {
    const filler = (n: number, word: string) => Array.from({ length: n }, () => word).join(" ");
    const text = `${filler(40, "alpha")} permit ${filler(60, "beta")} permit fee ${filler(40, "gamma")}`;
    const snippet = cropAndHighlight(text, snippetTerms("permit fee", "en"))!;
    assert.ok(snippet.startsWith("…") && snippet.endsWith("…"), snippet);
    assert.deepEqual(marked(snippet), ["permit", "fee"], "the window holding both terms, not the first match");
    assert.equal(wordCount(snippet), SNIPPET_WORDS);
  });

  it("drops highlight markers written in the text, so a page cannot forge one", () => {
    const snippet = cropAndHighlight(`${S}Free${E} visa help`, snippetTerms("visa", "en"))!;
    assert.deepEqual(marked(snippet), ["visa"]);
    assert.equal(leadOf(`${S}Free${E} help`), "Free help");
  });

  it("prefers the description where it matches, else the text, else the opening words", () => {
    const terms = snippetTerms("apostille", "en");
    assert.equal(
      snippetOf({ summary: "An apostille certifies a document.", text: "apostille" }, terms),
      `An ${S}apostille${E} certifies a document.`,
    );
    assert.equal(snippetOf({ summary: "Certifying documents.", text: "Ask for an apostille." }, terms), `Ask for an ${S}apostille${E}.`);
    const long = Array.from({ length: 50 }, (_, i) => `w${i}`).join(" ");
    assert.equal(snippetOf({ summary: "", text: long }, terms), `${long.split(" ").slice(0, SNIPPET_WORDS).join(" ")}…`);
    assert.equal(cropAndHighlight("Nothing here.", terms), null);
  });
});
