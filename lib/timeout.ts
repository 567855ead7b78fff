export class TimeoutError extends Error {
  constructor(what: string, ms: number) {
    super(`${what} did not answer within ${ms} ms`);
    this.name = "TimeoutError";
  }
}

/**
 * Resolves like `promise`, or rejects with TimeoutError after `ms`: the one caller-side timeout, for database reads.
 * PGlite answers one query at a time, so a slow read waits in its queue where no statement timeout reaches it. (The search
 * client needs none: its own timeout aborts the request.)
 */
export function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TimeoutError(what, ms)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
