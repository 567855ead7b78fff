// Keeps the last answer each key got, and serves it when the source fails or does not answer in time: readers keep
// getting the published pages while the database is down.
import { withTimeout } from "@/lib/timeout";

// Kept on globalThis under `name`: each route bundle has its own copy of this module, and a page must be able to fall
// back on an answer another page's render got.
export function lastGoodCache(timeoutMs: number, name = "default") {
  const shared = globalThis as Record<symbol, Map<string, unknown> | undefined>;
  const slot = Symbol.for(`passage.lastGood.${name}`);
  const values = (shared[slot] ??= new Map<string, unknown>());
  return async function read<T>(key: string, load: () => Promise<T>): Promise<T> {
    try {
      const value = await withTimeout(load(), timeoutMs, "database");
      values.set(key, value);
      return value;
    } catch (error) {
      if (values.has(key)) return values.get(key) as T;
      throw error;
    }
  };
}
