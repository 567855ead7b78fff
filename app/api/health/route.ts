import { version } from "@/lib/env";
import { checkHealth, pingDatabase } from "@/lib/health";
import { pingSearch } from "@/lib/search/service";

export const dynamic = "force-dynamic";

/** 200 when the database and the search engine both answer, 503 naming the part that does not; always within 3 s. */
export async function GET() {
  const report = await checkHealth({ database: pingDatabase, search: () => pingSearch(2000) }, version, 2000);
  return Response.json(report, { status: report.status === "ok" ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
