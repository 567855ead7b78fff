// One load run of the page benchmark: autocannon drives `connections` keep-alive connections for `durationS` seconds
// over a list of paths. Each connection walks the whole list round-robin from its own starting point, so a cold run
// spreads over every page at once instead of 200 connections queueing on the first one. Every answer, socket error,
// timeout and connection closed mid-request is attributed to the path it was for: autocannon only totals them.
import autocannon from "autocannon";
import type { EventEmitter } from "node:events";

/** What went wrong with one request: an HTTP status outside 2xx/3xx ("500"), or a transport failure. */
export type ErrorKind = string;
export const TIMEOUT = "timeout";
export const SOCKET_ERROR = "socket error";
export const CLOSED = "closed unanswered";

export interface PathStats {
  responses: number;
  latencies: number[];
  errors: Map<ErrorKind, number>;
}

export interface RunFigures {
  label: string;
  seconds: number;
  /** Answered requests (any status). */
  responses: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  errors: Map<ErrorKind, number>;
  errorCount: number;
  byPath: Map<string, PathStats>;
}

export function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

export function addCount<K>(counts: Map<K, number>, key: K, by = 1) {
  counts.set(key, (counts.get(key) ?? 0) + by);
}

export function sum(counts: Map<unknown, number>) {
  return [...counts.values()].reduce((a, b) => a + b, 0);
}

export function isErrorStatus(status: number) {
  return status < 200 || status >= 400;
}

export interface LoadOptions {
  /** e.g. http://127.0.0.1:3000 */
  origin: string;
  paths: string[];
  connections: number;
  durationS: number;
  /** A request with no answer after this long counts as a timeout (autocannon then reconnects). */
  timeoutS?: number;
  signal?: AbortSignal;
}

export async function loadRun(label: string, options: LoadOptions): Promise<RunFigures> {
  const { origin, paths, connections, durationS, timeoutS = 10, signal } = options;
  if (!paths.length) throw new Error(`${label}: no paths to request.`);
  const byPath = new Map<string, PathStats>();
  const stats = (path: string) => {
    let entry = byPath.get(path);
    if (!entry) byPath.set(path, (entry = { responses: 0, latencies: [], errors: new Map() }));
    return entry;
  };
  const stillPending: string[][] = [];
  let clientIndex = 0;

  const started = Date.now();
  let finished!: (error: Error | null) => void;
  const done = new Promise<void>((resolve, reject) => (finished = (error) => (error ? reject(error) : resolve())));
  const instance = autocannon(
    {
      url: origin,
      connections,
      duration: durationS,
      timeout: timeoutS,
      requests: paths.map((path) => ({ method: "GET", path })),
      setupClient(client) {
        const start = Math.floor((clientIndex++ * paths.length) / connections) % paths.length;
        const order = [...paths.slice(start), ...paths.slice(0, start)];
        client.setRequests(order.map((path) => ({ method: "GET", path })));
        // With pipelining 1, autocannon sends the list in order and emits "request" for each send. The paths sent and
        // not yet settled, oldest first: an answer, a timeout or a socket error settles one of them, and any older one
        // still pending was lost when the server closed the connection (autocannon reconnects without a word).
        const pending: string[] = [];
        let sent = 0;
        stillPending.push(pending);
        const settle = (fromNewest: number, outcome: (stats: PathStats) => void) => {
          const settled = pending.splice(0, Math.max(0, pending.length - fromNewest));
          const path = settled.pop();
          for (const lost of settled) addCount(stats(lost).errors, CLOSED);
          if (path !== undefined) outcome(stats(path));
        };
        // autocannon's typings list only some of the client's events: these three are emitted by its httpClient.js.
        const events = client as unknown as EventEmitter;
        events.on("request", () => pending.push(order[sent++ % order.length]!));
        client.on("response", (status, _bytes, ms) =>
          settle(0, (s) => {
            s.responses++;
            s.latencies.push(ms);
            if (isErrorStatus(status)) addCount(s.errors, String(status));
          }),
        );
        events.on("connError", () => settle(0, (s) => addCount(s.errors, SOCKET_ERROR)));
        // On a timeout autocannon reconnects and sends the next request before it emits "timeout".
        events.on("timeout", () => settle(1, (s) => addCount(s.errors, TIMEOUT)));
      },
    },
    (error) => finished(error),
  );
  const stop = () => instance.stop();
  signal?.addEventListener("abort", stop, { once: true });
  await done.finally(() => signal?.removeEventListener("abort", stop));
  const seconds = (Date.now() - started) / 1000;
  // What is pending now was in flight when the run ended, except older entries a closed connection left behind.
  for (const pending of stillPending) for (const lost of pending.slice(0, -1)) addCount(stats(lost).errors, CLOSED);

  return summarize(label, seconds, byPath);
}

export function summarize(label: string, seconds: number, byPath: Map<string, PathStats>): RunFigures {
  const latencies = [...byPath.values()].flatMap((s) => s.latencies).sort((a, b) => a - b);
  const errors = new Map<ErrorKind, number>();
  for (const s of byPath.values()) for (const [kind, count] of s.errors) addCount(errors, kind, count);
  const responses = latencies.length;
  return {
    label,
    seconds,
    responses,
    rps: responses / seconds,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    errors,
    errorCount: sum(errors),
    byPath,
  };
}

function ms(value: number) {
  return Number.isNaN(value) ? "–" : value < 100 ? value.toFixed(1) : value.toFixed(0);
}

/** "500: 294, timeout: 3", largest first; "none" when empty. */
export function describeErrors(errors: Map<ErrorKind, number>) {
  const entries = [...errors].sort((a, b) => b[1] - a[1]);
  return entries.length ? entries.map(([kind, count]) => `${kind}: ${count}`).join(", ") : "none";
}

function table(header: string[], rows: string[][]) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  // The first and last columns are text (left-aligned), the others figures (right-aligned).
  const line = (cells: string[]) =>
    cells.map((cell, i) => (i === 0 || i === cells.length - 1 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join("  ");
  return [line(header), ...rows.map(line)].join("\n").replace(/ +$/gm, "");
}

export function formatRuns(runs: RunFigures[]) {
  return table(
    ["run", "req/s", "p50 ms", "p95 ms", "p99 ms", "requests", "errors"],
    runs.map((r) => [r.label, r.rps.toFixed(1), ms(r.p50), ms(r.p95), ms(r.p99), String(r.responses), describeErrors(r.errors)]),
  );
}

/** Requests, p95 and errors per group of paths (the page type), with one column pair per run; most errors first. */
export function formatBreakdown(runs: RunFigures[], groupOf: (path: string) => string) {
  const perRun = runs.map((run) => {
    const grouped = new Map<string, Map<string, PathStats>>();
    for (const [path, stats] of run.byPath) grouped.set(groupOf(path), (grouped.get(groupOf(path)) ?? new Map()).set(path, stats));
    return new Map([...grouped].map(([group, paths]) => [group, summarize(run.label, run.seconds, paths)]));
  });
  const errorsIn = (group: string) => perRun.reduce((n, byGroup) => n + (byGroup.get(group)?.errorCount ?? 0), 0);
  // The groups with the most errors first: they are what to look at.
  const groups = [...new Set(perRun.flatMap((figures) => [...figures.keys()]))].sort(
    (a, b) => errorsIn(b) - errorsIn(a) || a.localeCompare(b),
  );
  const rows = groups.map((group) => {
    const figures = perRun.map((byGroup) => byGroup.get(group));
    const errors = figures
      .map((f, i) => (f?.errorCount ? `${runs[i]!.label}: ${describeErrors(f.errors)}` : ""))
      .filter(Boolean)
      .join("; ");
    return [group, ...figures.flatMap((f) => [String(f?.responses ?? 0), ms(f?.p95 ?? NaN)]), errors || "none"];
  });
  return table(["page type", ...runs.flatMap((r) => [`${r.label}: requests`, "p95 ms"]), "errors"], rows);
}
