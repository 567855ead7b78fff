// Keeps the last answer each key got, and serves it when the source fails or does not answer in time: readers keep
// getting the published pages while the database is down.
import { withTimeout } from "@/lib/timeout";

export function lastGoodCache(timeoutMs: number) {
  const values = new Map<string, unknown>();
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
