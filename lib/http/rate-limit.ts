// Rate limits shared by every web instance: counters in PostgreSQL (table "RateLimit", made by a migration) through
// rate-limiter-flexible. One table holds every limit; each limit's keys carry its name as a prefix.
// While PostgreSQL is down, each limit falls back to an in-memory counter in this process (the library's insurance
// limiter): limits still hold per instance, and nothing is refused just because the store is unreachable.
import { Pool, type QueryConfig } from "pg";
import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import { runtimeServices } from "@/lib/env";

export const RATE_LIMIT_TABLE = "RateLimit";

export interface LimitRule {
  /** Key prefix: "search", "sign-in-address", … */
  name: string;
  /** Requests (or failures) allowed per window. */
  points: number;
  windowSeconds: number;
}

export class SharedLimit {
  private readonly limiter: RateLimiterPostgres;

  constructor(
    pool: Pool,
    readonly rule: LimitRule,
  ) {
    const options = { keyPrefix: rule.name, points: rule.points, duration: rule.windowSeconds };
    this.limiter = new RateLimiterPostgres({
      ...options,
      // Statements go out unnamed: the embedded PGlite runs every connection in one session, where a statement that one
      // pooled connection prepared under a name clashes with the same name prepared by the next.
      storeClient: { query: (query: QueryConfig) => pool.query({ text: query.text, values: query.values }) },
      storeType: "client",
      tableName: RATE_LIMIT_TABLE,
      // The table comes from prisma/migrations; expired rows are swept by `sweepExpiredLimits` (the library's own
      // sweep keeps them an hour longer than their window).
      tableCreated: true,
      clearExpiredByTimeout: false,
      insuranceLimiter: new RateLimiterMemory(options),
    });
  }

  /** Counts one request; returns how many seconds to wait when over the limit, or 0 when allowed. */
  async take(key: string): Promise<number> {
    try {
      await this.limiter.consume(key);
      return 0;
    } catch (error) {
      if (error instanceof RateLimiterRes) return Math.max(1, Math.ceil(error.msBeforeNext / 1000));
      throw error;
    }
  }

  /** True when `key` has used up its points in the current window (counts nothing). */
  async exhausted(key: string): Promise<boolean> {
    const state = await this.limiter.get(key);
    return (state?.consumedPoints ?? 0) >= this.rule.points;
  }

  /** Counts one event (a failed sign-in) without refusing anything. */
  async record(key: string): Promise<void> {
    await this.limiter.penalty(key);
  }

  async reset(key: string): Promise<void> {
    await this.limiter.delete(key);
  }
}

/** A small pool for the counters (max 2): each check is one short statement. */
export function createRateLimitPool(connectionString: string): Pool {
  const pool = new Pool({ connectionString, max: 2, connectionTimeoutMillis: 1000, idleTimeoutMillis: 30_000 });
  // An idle connection dropped by a stopped database must not take the process down; the next query reconnects.
  pool.on("error", () => undefined);
  return pool;
}

/** Deletes counters whose window has ended, so an address is kept no longer than its limit needs it. */
export async function sweepExpiredLimits(pool: Pool, now = Date.now()): Promise<number> {
  const result = await pool.query(`DELETE FROM "${RATE_LIMIT_TABLE}" WHERE expire IS NOT NULL AND expire <= $1`, [now]);
  return result.rowCount ?? 0;
}

const SWEEP_INTERVAL_MS = 60_000;
const globalForLimits = globalThis as unknown as { passageRateLimitPool?: Pool };

/** The web app's pool for rate limits, created on first use, with a sweep of expired counters every minute. */
export function rateLimitPool(): Pool {
  if (globalForLimits.passageRateLimitPool) return globalForLimits.passageRateLimitPool;
  const { databaseUrl } = runtimeServices();
  if (!databaseUrl) throw new Error("DATABASE_URL is not set: start the portal with `npm start`, which provides it.");
  const pool = createRateLimitPool(databaseUrl);
  setInterval(() => void sweepExpiredLimits(pool).catch(() => undefined), SWEEP_INTERVAL_MS).unref();
  globalForLimits.passageRateLimitPool = pool;
  return pool;
}

/** Searches per minute per client address on /api/search. */
export function searchLimitRule(perMinute: number): LimitRule {
  return { name: "search", points: perMinute, windowSeconds: 60 };
}
