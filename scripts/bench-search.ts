// `npm run bench:search`: search latency and throughput, (a) Meilisearch queried directly and (b) GET /api/search, at
// concurrency 1 and 32, with the same fixed query list in six languages, over the real corpus plus 10,000 synthetic
// documents in a separate benchmark index. Starts its own portal (temporary data, its own ports, index prefix "bench")
// and removes everything when done. Target: /api/search p95 ≤ 1.5 × Meilisearch's p95 and < 50 ms.
import autocannon from "autocannon";
import { readFile, rm } from "node:fs/promises";
import path from "node:path";
import { locales, type Locale } from "@/lib/i18n/locales";
import { createSearchClient, indexName } from "@/lib/search/client";
import type { SearchDocument } from "@/lib/search/documents";
import { scopeOf, searchQuery } from "@/lib/search/query";
import { addDocuments } from "@/lib/search/indexer";
import { httpOk, waitUntil } from "@/lib/process/child";
import { startBenchPortal } from "@/scripts/lib/bench-portal";

const SYNTHETIC = 10_000;
const DURATION_S = Number(process.argv.find((a) => a.startsWith("--duration="))?.split("=")[1] ?? 10);
const queries: [Locale, string][] = [
  ["en", "blue card"],
  ["en", "work permit"],
  ["en", "diploma recognition"],
  ["en", "apostille"],
  ["en", "bring my family"],
  ["en", "aplying from abrod"],
  ["fr", "carte bleue européenne"],
  ["fr", "regroupement familial"],
  ["fr", "reconnaissance diplôme"],
  ["fr", "visa étudiant"],
  ["es", "tarjeta azul"],
  ["es", "permiso de trabajo"],
  ["es", "homologación título"],
  ["es", "Alemania"],
  ["pt", "Cartão Azul"],
  ["pt", "autorização de residência"],
  ["pt", "reconhecimento de qualificações"],
  ["pt", "Portugal"],
  ["ar", "البطاقة الزرقاء"],
  ["ar", "تصريح عمل"],
  ["ar", "لم شمل الأسرة"],
  ["ar", "ألمانيا"],
  ["uk", "блакитна картка"],
  ["uk", "дозвіл на роботу"],
  ["uk", "визнання диплома"],
  ["uk", "Німеччина"],
];

function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

async function load(label: string, options: autocannon.Options) {
  const latencies: number[] = [];
  const result = await autocannon({
    ...options,
    duration: DURATION_S,
    setupClient: (client) => client.on("response", (_status: number, _bytes: number, responseTime: number) => latencies.push(responseTime)),
  });
  latencies.sort((a, b) => a - b);
  const figures = {
    label,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    rps: result.requests.average,
    errors: result.errors + result.non2xx,
  };
  console.log(
    `${label.padEnd(34)} p50 ${figures.p50.toFixed(1).padStart(6)} ms  p95 ${figures.p95.toFixed(1).padStart(6)} ms  p99 ${figures.p99.toFixed(1).padStart(6)} ms  ${figures.rps.toFixed(0).padStart(6)} req/s  errors ${figures.errors}`,
  );
  return figures;
}

function syntheticDocuments(pool: SearchDocument[]): SearchDocument[] {
  const words = pool.flatMap((doc) => doc.text.split(/\s+/)).filter((w) => w.length > 2);
  let seed = 42;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  return Array.from({ length: SYNTHETIC }, (_, i) => {
    const like = pool[i % pool.length]!;
    const text = Array.from({ length: 120 }, () => words[Math.floor(random() * words.length)]).join(" ");
    return {
      ...like,
      id: `synthetic-${i}`,
      url: `/${like.locale}/synthetic/${i}`,
      title: `${like.title} ${i}`,
      section: null,
      summary: "",
      text,
    };
  });
}

const { app, origin, dataDir, meiliHost } = await startBenchPortal({
  name: "Passage (benchmark)",
  stdio: ["ignore", "inherit", "inherit"],
  env: { SEARCH_INDEX_PREFIX: "bench", SEARCH_RATE_LIMIT: "100000" },
});
try {
  // Ready, not only healthy: until its page cache is warm the web server renders every page once, at full CPU, and
  // searches measured then take five times as long.
  await Promise.race([waitUntil(() => httpOk(`${origin}/api/ready`, 3000), 900_000, "The benchmark portal", 500), app.exited]);
  const key = (await readFile(path.join(dataDir, "meili-master-key"), "utf8")).trim();
  const client = createSearchClient({ host: meiliHost, apiKey: key, timeoutMs: 60_000 });

  // The real corpus is already indexed by the start script; add the synthetic documents to the same benchmark indexes.
  const pool = (await client.index<SearchDocument>(indexName("bench", "en")).getDocuments({ limit: 10_000 })).results;
  const all = await Promise.all(
    locales.map(async (locale) => (await client.index<SearchDocument>(indexName("bench", locale)).getDocuments({ limit: 10_000 })).results),
  );
  const synthetic = syntheticDocuments(all.flat().length ? all.flat() : pool);
  for (const locale of locales)
    await addDocuments(
      client,
      "bench",
      locale,
      synthetic.filter((d) => d.locale === locale),
      `synthetic ${locale}`,
    );
  const counts = await Promise.all(locales.map(async (l) => (await client.index(indexName("bench", l)).getStats()).numberOfDocuments));
  console.log(
    `\nIndexed ${counts.reduce((a, b) => a + b, 0)} documents (${SYNTHETIC} synthetic) in ${locales.length} benchmark indexes; ${queries.length} queries; ${DURATION_S} s per run.\n`,
  );

  const direct = queries.map(([locale, q]) => ({
    method: "POST" as const,
    path: "/multi-search",
    headers: { "content-type": "application/json", authorization: `Bearer ${key}` },
    body: JSON.stringify(searchQuery("bench", { q, locale, page: 1 }, scopeOf({ q, locale, page: 1 }))),
  }));
  const viaApi = queries.map(([locale, q]) => ({ method: "GET" as const, path: `/api/search?${new URLSearchParams({ q, locale })}` }));

  const rows = [];
  for (const connections of [1, 32]) {
    const a = await load(`(a) Meilisearch direct, c=${connections}`, { url: meiliHost, connections, requests: direct });
    const b = await load(`(b) /api/search, c=${connections}`, { url: origin, connections, requests: viaApi });
    rows.push({ connections, ratio: b.p95 / a.p95, b });
  }
  console.log("");
  for (const { connections, ratio, b } of rows) {
    const verdict = ratio <= 1.5 && b.p95 < 50 ? "meets" : "misses";
    console.log(
      `c=${connections}: p95 ratio (b/a) ${ratio.toFixed(2)}; /api/search p95 ${b.p95.toFixed(1)} ms → ${verdict} the target (ratio ≤ 1.5 and p95 < 50 ms)`,
    );
  }
} finally {
  await app.stop(15_000);
  await rm(dataDir, { recursive: true, force: true });
}
