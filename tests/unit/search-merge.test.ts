// How the words' and the stems' results are merged (lib/search/query.ts): one ranking, read the same by every page.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { mergeHits, PAGE_SIZE, WORDS_LIFTED } from "@/lib/search/query";

type Hit = Parameters<typeof mergeHits>[0][number]["hits"][number];

const hit = (id: string, score: number): Hit => ({
  id,
  url: `/en/guides/${id}`,
  title: id,
  section: null,
  summary: "",
  text: "",
  type: "guide",
  locale: "en",
  _rankingScore: score,
});

// A small deterministic generator, so that a failure can be replayed.
function random(seed: number) {
  return () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

describe("merging the words' and the stems' results", () => {
  it("ranks by score, the words' hit first on a tie, each page once", () => {
    const words = [hit("a", 0.9), hit("b", 0.8)];
    const stems = [hit("c", 0.95), hit("a", 0.9), hit("d", 0.8), hit("b", 0.7)];
    const merged = mergeHits(
      [
        { hits: words, estimatedTotalHits: 2 },
        { hits: stems, estimatedTotalHits: 4 },
      ],
      1,
    );
    assert.deepEqual(
      merged.hits.map((h) => h.id),
      ["c", "a", "b", "d"],
    );
    assert.equal(merged.total, 4);
  });

  it("shows every hit once across pages, though the words' query lifts only its first hits", () => {
    const next = random(7);
    for (let trial = 0; trial < 200; trial++) {
      // The stems' query finds every page (its scores in order); the words' query scores some of them higher.
      const ids = Array.from({ length: 45 }, (_, i) => `p${i}`);
      const stems = ids.map((id) => hit(id, next())).sort((x, y) => y._rankingScore! - x._rankingScore!);
      const words = ids
        .filter(() => next() < 0.4)
        .map((id) => hit(id, next()))
        .sort((x, y) => y._rankingScore! - x._rankingScore!)
        .slice(0, WORDS_LIFTED);
      const pages = [1, 2, 3, 4, 5].map((page) =>
        mergeHits([{ hits: words }, { hits: stems.slice(0, page * PAGE_SIZE) }], page).hits.map((h) => h.id),
      );
      const shown = pages.flat();
      assert.equal(new Set(shown).size, shown.length, `trial ${trial}: a page repeats a hit`);
      assert.deepEqual([...shown].sort(), [...ids].sort(), `trial ${trial}: a hit is on no page`);
    }
  });
});
