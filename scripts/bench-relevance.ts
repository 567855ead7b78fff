// `npm run bench:relevance`: how often the page a reader needs comes first or in the top 3, per language, over the real
// corpus in an embedded Meilisearch with the app's own index settings and query. Prints top-1, top-3 and MRR for the
// tuned two thirds and the held-out third, and the latency of the same queries (each run REPEAT times, one at a time).
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

const REPEAT = 10;
// Only the tuned part: the held-out queries are not looked at one by one, or they would end up tuned on too.
const showMisses = process.argv.includes("--misses");

function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

const meili = await startTestMeilisearch();
try {
  const client = createSearchClient({ host: meili.host, apiKey: meili.masterKey, timeoutMs: 10_000 });
  const [cases, corpus] = await Promise.all([loadRelevanceSet(), relevanceCorpus()]);
  await rebuildIndexes(client, "relevance", corpus);

  const outcomes: RelevanceOutcome[] = [];
  const latencies: number[] = [];
  for (const test of cases) {
    const outcome = await runRelevanceCase(client, "relevance", test);
    outcomes.push(outcome);
    for (let i = 0; i < REPEAT; i++) latencies.push((await runRelevanceCase(client, "relevance", test)).ms);
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
  latencies.sort((a, b) => a - b);
  console.log(
    `\nlatency (searchIndex against Meilisearch, ${latencies.length} searches, one at a time): p50 ${percentile(latencies, 50).toFixed(1)} ms  p95 ${percentile(latencies, 95).toFixed(1)} ms  p99 ${percentile(latencies, 99).toFixed(1)} ms`,
  );
  if (showMisses) {
    console.log("\nnot in the top 3 (tuned part):");
    for (const o of outcomes.filter((o) => !o.heldOut && (o.rank === null || o.rank > 3)))
      console.log(`  ${o.locale} "${o.q}" → rank ${o.rank ?? "-"}; got ${o.top.slice(0, 3).join(", ")}`);
  }
} finally {
  await meili.stop();
  await rm(meili.dataDir, { recursive: true, force: true }).catch(() => undefined);
}
