// The relevance set (tests/fixtures/relevance/<locale>.json) and how it is scored, shared by the integration test that
// gates CI and by `npm run bench:relevance`. Every third query of each language is held out: written with the others
// before any tuning, never looked at while tuning, and reported apart.
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Meilisearch } from "meilisearch";
import { z } from "zod";
import { loadCountrySeeds } from "@/lib/content/countries";
import { locales, type Locale } from "@/lib/i18n/locales";
import { seedCountryDocuments } from "@/lib/search/countries";
import { buildGuidanceDocuments } from "@/lib/search/documents";
import { searchIndex } from "@/lib/search/query";

const fixtureSchema = z.array(z.strictObject({ q: z.string().min(1), expected: z.array(z.string().startsWith("/")).min(1) }));

export interface RelevanceCase {
  locale: Locale;
  q: string;
  /** Site paths without the locale; any of them in the top 3 is a success. */
  expected: string[];
  heldOut: boolean;
}

export async function loadRelevanceSet(): Promise<RelevanceCase[]> {
  const sets = await Promise.all(
    locales.map(async (locale) => {
      const file = path.resolve(process.cwd(), "tests/fixtures/relevance", `${locale}.json`);
      const rows = fixtureSchema.parse(JSON.parse(await readFile(file, "utf8")));
      return rows.map((row, index) => ({ locale, ...row, heldOut: index % 3 === 2 }));
    }),
  );
  return sets.flat();
}

/** The real corpus: guidance pages, and the country profiles and routes as seeded (what a fresh portal publishes). */
export async function relevanceCorpus() {
  return [...(await buildGuidanceDocuments()), ...(await seedCountryDocuments(await loadCountrySeeds()))];
}

export interface RelevanceOutcome extends RelevanceCase {
  /** 1-based rank of the first expected page among the distinct pages returned, or null when none is in the first page. */
  rank: number | null;
  top: string[];
  ms: number;
}

export async function runRelevanceCase(client: Meilisearch, prefix: string, test: RelevanceCase): Promise<RelevanceOutcome> {
  const started = performance.now();
  const result = await searchIndex(client, prefix, { q: test.q, locale: test.locale, page: 1 });
  const ms = performance.now() - started;
  const top = [...new Set(result.hits.map((hit) => hit.url.split("#")[0]!))];
  const index = top.findIndex((url) => test.expected.some((expected) => url === `/${test.locale}${expected}`));
  return { ...test, rank: index < 0 ? null : index + 1, top, ms };
}

export interface RelevanceFigures {
  count: number;
  top1: number;
  top3: number;
  mrr: number;
}

export function figuresOf(outcomes: RelevanceOutcome[]): RelevanceFigures {
  const count = outcomes.length;
  const share = (ok: (rank: number) => boolean) => (count ? outcomes.filter((o) => o.rank !== null && ok(o.rank)).length / count : 0);
  return {
    count,
    top1: share((rank) => rank === 1),
    top3: share((rank) => rank <= 3),
    mrr: count ? outcomes.reduce((sum, o) => sum + (o.rank ? 1 / o.rank : 0), 0) / count : 0,
  };
}

export function formatFigures(label: string, figures: RelevanceFigures) {
  const pct = (value: number) => `${(100 * value).toFixed(1).padStart(5)}%`;
  return `${label.padEnd(16)} n=${String(figures.count).padStart(3)}  top-1 ${pct(figures.top1)}  top-3 ${pct(figures.top3)}  MRR ${figures.mrr.toFixed(3)}`;
}
