// Cache invalidation across instances: a publish appends the tags it expires to a log in PostgreSQL (in the publish's
// own transaction), and every web instance follows the log and expires those tags in its own page cache. While the
// database is down nothing can be published, so nothing goes stale; the follower just retries.
import "server-only";
import type { PrismaClient } from "@/lib/db/prisma";

const RENDER_GRACE_MS = 3000;
const FAILURES_BEFORE_DOWN = 3;

type Transaction = Pick<PrismaClient, "cacheInvalidation">;

/** Records that `tags` must be expired everywhere; call it inside the transaction that changes what they show. */
export async function recordInvalidation(tx: Transaction, tags: string[]) {
  await tx.cacheInvalidation.create({ data: { tags } });
}

/**
 * Expires `tags` in this process's page cache at once (the publishing instance's readers, and the editor who opens the
 * public page next, must not wait for the follower's next poll). Other instances learn of it from the log.
 */
export function expireInThisProcess(tags: readonly string[]) {
  pageCache()?.expireTags(tags);
}

/** Tells this process's page cache whether the database answers (see setDatabaseReachable in handler.mjs). */
export function reportDatabaseReachable(reachable: boolean) {
  pageCache()?.setDatabaseReachable(reachable);
}

interface PageCache {
  expireTags(tags: readonly string[], at?: number): void;
  setDatabaseReachable(reachable: boolean): void;
  startedAt: number;
}

/** The page cache handler of this process (lib/cache/handler.mjs), once Next has loaded it. */
function pageCache(): PageCache | undefined {
  return (globalThis as Record<symbol, PageCache | undefined>)[Symbol.for("passage.pageCache")];
}

/**
 * Polls the log every `intervalMs` and expires the tags of each new entry. It starts from the entries written since
 * this process started (the cache handler already refuses older copies of database content).
 */
export function followInvalidations(
  prisma: PrismaClient,
  {
    intervalMs = 1000,
    log = console.error,
    onExpired = () => {},
  }: { intervalMs?: number; log?: (line: string) => void; onExpired?: () => void } = {},
): void {
  const startedAt = new Date(pageCache()?.startedAt ?? Date.now());
  let lastId: number | null = null;
  let failures = 0;

  // Expired now, and again a little later: a render that read the old data just before the publish committed may store
  // its copy after the first expiry.
  function expire(tags: string[]) {
    pageCache()?.expireTags(tags);
    setTimeout(() => {
      pageCache()?.expireTags(tags);
      onExpired();
    }, RENDER_GRACE_MS).unref();
  }

  async function poll() {
    const entries = await prisma.cacheInvalidation.findMany({
      where: lastId === null ? { createdAt: { gte: startedAt } } : { id: { gt: lastId } },
      orderBy: { id: "asc" },
      take: 500,
    });
    if (lastId === null && entries.length === 0) {
      const newest = await prisma.cacheInvalidation.findFirst({ orderBy: { id: "desc" }, select: { id: true } });
      lastId = newest?.id ?? 0;
    }
    for (const entry of entries) {
      expire(entry.tags);
      lastId = entry.id;
    }
    if (entries.length) onExpired();
  }

  async function loop() {
    try {
      await poll();
      if (failures >= FAILURES_BEFORE_DOWN) {
        log("• cache invalidation log: reachable again");
        reportDatabaseReachable(true);
        onExpired();
      }
      failures = 0;
    } catch (error) {
      failures += 1;
      // Declared down only after a few failed polls in a row: a query lost under load must not expire every page.
      if (failures === FAILURES_BEFORE_DOWN) {
        log(`• cache invalidation log unreachable, retrying: ${(error as Error).message.split("\n")[0]}`);
        reportDatabaseReachable(false);
      }
    }
    setTimeout(loop, intervalMs).unref();
  }

  void loop();
}
