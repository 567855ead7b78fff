// A fixed-window rate limiter per key (client address), in memory: enough for one server process. Old windows are
// dropped as they expire so the map cannot grow without bound.
export class RateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}

  /** Counts one request; returns how many seconds to wait when over the limit, or 0 when allowed. */
  take(key: string, now = Date.now()): number {
    if (this.windows.size > 10_000) for (const [k, w] of this.windows) if (now - w.start >= this.windowMs) this.windows.delete(k);
    const window = this.windows.get(key);
    if (!window || now - window.start >= this.windowMs) {
      this.windows.set(key, { start: now, count: 1 });
      return 0;
    }
    window.count += 1;
    return window.count > this.limit ? Math.ceil((window.start + this.windowMs - now) / 1000) : 0;
  }
}

/**
 * The client's address. `next start` fills X-Forwarded-For with the socket address only when the request has none, so
 * we take the last hop: the one the nearest reverse proxy appended. In production, run behind a proxy that appends it
 * (nginx: `proxy_add_x_forwarded_for`); otherwise a client could choose its own key.
 */
export function clientAddress(headers: Headers): string {
  return headers.get("x-forwarded-for")?.split(",").at(-1)?.trim() || "unknown";
}
