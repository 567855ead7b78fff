// Renders every page of the sitemap once after the server starts, so that no reader meets a cold page (and pages that
// show database content are in the cache before the database can go away).
import "server-only";
import { locales } from "@/lib/i18n/locales";
import { waitUntil } from "@/lib/process/child";
import { sitemapPagePaths } from "@/lib/site/sitemap";

/** As many as the web server renders at once (lib/http/render-queue.ts): the warm-up keeps it busy, no more. */
const WARM_CONCURRENCY = 4;

const COUNTRY_PAGE = new RegExp(`^/(${locales.join("|")})/countries/`);
const rendersFromDatabase = (path: string) => COUNTRY_PAGE.test(path);

type WarmState = "cold" | "warming" | "warm";
const stateKey = Symbol.for("passage.pageCacheWarmth");
const readyKey = Symbol.for("passage.pageCacheReady");
const shared = globalThis as Record<symbol, WarmState | boolean | undefined>;

/** Whether a warm-up is under way (after a publish too), or done (module state is per bundle: kept on globalThis). */
export function pageCacheWarmth(): WarmState {
  return (shared[stateKey] as WarmState | undefined) ?? "cold";
}

/** Whether the start-up warm-up has finished: from then on the server is ready for readers (GET /api/ready). */
export function pageCacheReady(): boolean {
  return shared[readyKey] === true;
}

/** Ready without a warm-up (PAGE_CACHE_WARM_UP=off). */
export function markPageCacheReady() {
  shared[readyKey] = true;
}

export interface WarmReport {
  pages: number;
  failed: string[];
  ms: number;
}

/**
 * Fetches the sitemap and then each of its pages from `origin`, a few at a time. Bounded: it waits at most
 * `serverTimeoutMs` for the server to answer, and each page at most 10 s.
 */
export async function warmPageCache(origin: string, { serverTimeoutMs = 120_000 } = {}): Promise<WarmReport> {
  const started = Date.now();
  shared[stateKey] = "warming";
  // Any answer will do (a 503 only says the database or search is degraded): the server is listening.
  const answers = () => fetch(`${origin}/api/health`, { signal: AbortSignal.timeout(3000) }).then(() => true);
  await waitUntil(answers, serverTimeoutMs, "The web server", 250);
  const sitemap = await fetch(`${origin}/sitemap.xml`, { signal: AbortSignal.timeout(10_000) });
  const paths = ["/sitemap.xml", ...sitemapPagePaths(await sitemap.text())];
  for (const locale of locales) paths.push(`/${locale}/updates.xml`);
  // Pages prerendered at build only need reading back (milliseconds each): they come first, so that readers find them
  // ready at once; the pages rendered from the database follow.
  paths.sort((a, b) => Number(rendersFromDatabase(a)) - Number(rendersFromDatabase(b)));
  const failed: string[] = [];
  let next = 0;
  async function worker() {
    while (next < paths.length) {
      const path = paths[next++]!;
      const response = await fetch(`${origin}${path}`, { signal: AbortSignal.timeout(10_000) }).catch(() => null);
      await response?.arrayBuffer().catch(() => null);
      if (!response?.ok) failed.push(path);
    }
  }
  await Promise.all(Array.from({ length: WARM_CONCURRENCY }, worker));
  shared[stateKey] = "warm";
  shared[readyKey] = true;
  return { pages: paths.length, failed, ms: Date.now() - started };
}
