// `npm run bench:relevance`: how often the page a reader needs comes first or in the top 3, per language, over the real
// corpus in an embedded Meilisearch with the app's own index settings and query. Prints top-1, top-3 and MRR for the
// tuned two thirds and the held-out third, and the latency of the same queries (each run REPEAT times, one at a time),
// next to that of the search before the language analysis (scripts/lib/search-before.ts), the two taking turns (each
// first every other time) so that whatever else the machine does weighs on both alike; then typos in short words, both ways (scripts/lib/short-typos.ts).
// `--misses` lists the queries whose expected page is not in the top 3.
import { rm } from "node:fs/promises";
import { locales } from "@/lib/i18n/locales";
import { createSearchClient } from "@/lib/search/client";
import { rebuildIndexes } from "@/lib/search/indexer";
import {
  figuresOf,
  formatFigures,
  loadRelevanceSet,
  relevanceCorpus,
  runRelevanceCase,
  type RelevanceOutcome,
} from "@/tests/support/relevance";
import { startTestMeilisearch } from "@/tests/support/search";
import { buildBeforeIndexes, searchBefore } from "./lib/search-before";
import { formatShortTypos, measureShortTypos } from "./lib/short-typos";

const REPEAT = 10;
// Only the tuned part: the held-out queries are not looked at one by one, or they would end up tuned on too.
const showMisses = process.argv.includes("--misses");

function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

const ascending = (a: number, b: number) => a - b;

/**
 * How far the p95 ratio can be trusted within one run: the searches resampled with replacement 1,000 times, each
 * today's search kept with the search before that ran next to it (same query, same moment), and the middle 95 % of the
 * ratios. Runs on a shared machine differ by more than this, so it says how much one run's figure can move by chance.
 */
function ratioInterval(today: number[], before: number[]) {
  const ratios: number[] = [];
  for (let round = 0; round < 1000; round++) {
    const [a, b] = [[] as number[], [] as number[]];
    for (let i = 0; i < today.length; i++) {
      const pick = Math.floor(Math.random() * today.length);
      a.push(today[pick]!);
      b.push(before[pick]!);
    }
    ratios.push(percentile(a.sort(ascending), 95) / percentile(b.sort(ascending), 95));
  }
  ratios.sort(ascending);
  return [percentile(ratios, 2.5), percentile(ratios, 97.5)] as const;
}

const meili = await startTestMeilisearch();
try {
  const client = createSearchClient({ host: meili.host, apiKey: meili.masterKey, timeoutMs: 10_000 });
  const [cases, corpus] = await Promise.all([loadRelevanceSet(), relevanceCorpus()]);
  await rebuildIndexes(client, "relevance", corpus);
  await buildBeforeIndexes(client, "relevance", corpus, locales);

  const outcomes: RelevanceOutcome[] = [];
  const latencies: number[] = [];
  const before: number[] = [];
  for (const test of cases) {
    const outcome = await runRelevanceCase(client, "relevance", test);
    outcomes.push(outcome);
    const timeToday = async () => latencies.push((await runRelevanceCase(client, "relevance", test)).ms);
    const timeBefore = async () => {
      const started = performance.now();
      await searchBefore(client, "relevance", test.q, test.locale);
      before.push(performance.now() - started);
    };
    // Each goes first every other time, so that neither always runs right after the other's work.
    for (let i = 0; i < REPEAT; i++) for (const time of i % 2 ? [timeBefore, timeToday] : [timeToday, timeBefore]) await time();
  }

  console.log(`\n${cases.length} queries over ${corpus.length} documents in ${locales.length} languages\n`);
  for (const [part, heldOut] of [
    ["tuned", false],
    ["held-out", true],
  ] as const) {
    const ofPart = outcomes.filter((o) => o.heldOut === heldOut);
    console.log(`${part}:`);
    for (const locale of locales) console.log(`  ${formatFigures(locale, figuresOf(ofPart.filter((o) => o.locale === locale)))}`);
    console.log(`  ${formatFigures("all", figuresOf(ofPart))}\n`);
  }
  console.log(formatFigures("whole set", figuresOf(outcomes)));
  const [low, high] = ratioInterval(latencies, before);
  const figures = (label: string, ms: number[]) => {
    ms.sort(ascending);
    const [p50, p95, p99] = [50, 95, 99].map((p) => percentile(ms, p)) as [number, number, number];
    console.log(`${label.padEnd(44)} p50 ${p50.toFixed(1)} ms  p95 ${p95.toFixed(1)} ms  p99 ${p99.toFixed(1)} ms`);
    return p95;
  };
  console.log(`\nlatency, ${latencies.length} searches each, one at a time, against the same Meilisearch:`);
  const now = figures("  searchIndex (today)", latencies);
  const then = figures("  the search before the language analysis", before);
  console.log(
    `  p95 today / before: ${(now / then).toFixed(2)} (95 % of resamples ${low.toFixed(2)}–${high.toFixed(2)}) → ${now <= then ? "no worse" : "worse"} than before`,
  );
  console.log("\nthree-letter words, misspelt (one letter) and spelt right, the most frequent of each language:");
  for (const figures of await measureShortTypos(client, "relevance", corpus)) console.log(`  ${formatShortTypos(figures)}`);
  if (showMisses) {
    console.log("\nnot in the top 3 (tuned part):");
    for (const o of outcomes.filter((o) => !o.heldOut && (o.rank === null || o.rank > 3)))
      console.log(`  ${o.locale} "${o.q}" → rank ${o.rank ?? "-"}; got ${o.top.slice(0, 3).join(", ")}`);
  }
} finally {
  await meili.stop();
  await rm(meili.dataDir, { recursive: true, force: true }).catch(() => undefined);
}
