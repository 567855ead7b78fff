import { pageCacheWarmth } from "@/lib/cache/warm";
import { version } from "@/lib/env";
import { checkHealth, pingDatabase } from "@/lib/health";
import { pingSearch } from "@/lib/search/service";

export const dynamic = "force-dynamic";

/**
 * 200 when the database and the search engine both answer, 503 naming the part that does not; always within 3 s.
 * `pageCache` says whether the start-up warm-up has rendered every page of the sitemap yet.
 */
export async function GET() {
  const report = await checkHealth({ database: pingDatabase, search: pingSearch }, version, 2000);
  return Response.json(
    { ...report, pageCache: pageCacheWarmth() },
    { status: report.status === "ok" ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
