// `npm run bench:pages [-- --url=http://localhost:3000 --connections=200 --duration=20]`: readers under load. Drives
// `connections` concurrent readers for `duration` seconds over every page in the portal's sitemap, twice: cold (the
// first readers, as soon as the portal says it is ready: GET /api/ready, after its own start-up render of every page;
// no warm-up of ours) and warm; after each, a static file under /_next/static/ with the same load, as the yardstick of
// what the machine can serve. Goal (issue 10): 0 errors cold and warm, warm p95 ≤ 2 × static p95.
// Without --url it starts its own portal on embedded defaults (temporary data, free ports) and removes it when done.
import readline from "node:readline";
import os from "node:os";
import { rm } from "node:fs/promises";
import { parseArgs } from "node:util";
import { z } from "zod";
import { httpOk, StartError, waitUntil, type Child } from "@/lib/process/child";
import { startBenchPortal } from "@/scripts/lib/bench-portal";
import { formatBreakdown, formatRuns, loadRun, TIMEOUT, type RunFigures } from "@/scripts/lib/page-load";
import { pageType, sitemapPaths, staticAssetPath } from "@/scripts/lib/site-urls";

const loopbackUrl = z
  .url({ protocol: /^https?$/ })
  .refine((u) => ["localhost", "127.0.0.1", "[::1]"].includes(new URL(u).hostname), "must be a loopback address (localhost, 127.0.0.1)")
  .transform((u) => new URL(u).origin);
const schema = z.object({
  url: loopbackUrl.optional(),
  connections: z.coerce.number().int().min(1).max(1000).default(200),
  duration: z.coerce.number().int().min(1).max(300).default(20),
});
const options = (() => {
  try {
    const { values } = parseArgs({ options: { url: { type: "string" }, connections: { type: "string" }, duration: { type: "string" } } });
    return schema.parse(values);
  } catch (error) {
    const problems =
      error instanceof z.ZodError ? error.issues.map((i) => `--${i.path.join(".")} ${i.message}`) : [(error as Error).message];
    console.error(
      `✗ ${problems.join("; ")}\n  Usage: npm run bench:pages [-- --url=http://localhost:3000 --connections=200 --duration=20]`,
    );
    process.exit(2);
  }
})();

/** A reader who waits longer than this has given up: the request counts as a timeout error. */
const TIMEOUT_S = 10;

// --- the portal under test: started here, or the one at --url ---------------------------------------------------
const cleanups: (() => Promise<void>)[] = [];
let cleaning: Promise<void> | undefined;
/** Stops the portal, then removes its data; once, whichever of the normal end, an error or a signal comes first. */
const cleanUp = () =>
  (cleaning ??= (async () => {
    for (const cleanup of cleanups.reverse()) await cleanup().catch(() => {});
  })());
const abort = new AbortController();
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    console.log(`\n${signal}: stopping…`);
    abort.abort();
    void cleanUp().finally(() => process.exit(signal === "SIGINT" ? 130 : 143));
  });
}

/** Lines the portal printed that mention a warm-up, with when they came (ms since epoch). */
const warmUpLines: { at: number; line: string }[] = [];
/** While the load runs, the portal's stderr is counted, not echoed: 200 readers can make thousands of error lines. */
const portalStderr = { quiet: false, lines: 0, firstErrors: new Set<string>() };

function watchPortalOutput(app: Child) {
  const lines = (stream: NodeJS.ReadableStream | null, onLine: (line: string) => void) =>
    stream && readline.createInterface({ input: stream }).on("line", onLine);
  const note = (line: string) => /warm/i.test(line) && warmUpLines.push({ at: Date.now(), line: line.trim() });
  lines(app.child.stdout, (line) => {
    note(line);
    if (!portalStderr.quiet) console.log(`  │ ${line}`);
  });
  lines(app.child.stderr, (line) => {
    note(line);
    if (!portalStderr.quiet) return console.log(`  │ ${line}`);
    portalStderr.lines++;
    if (portalStderr.firstErrors.size < 5 && /error/i.test(line)) portalStderr.firstErrors.add(line.trim().slice(0, 200));
  });
}

async function startPortal(): Promise<{ origin: string; exited: Promise<number> }> {
  const { app, origin, dataDir } = await startBenchPortal({ name: "The benchmark portal", stdio: ["ignore", "pipe", "pipe"] });
  cleanups.push(() => rm(dataDir, { recursive: true, force: true }));
  console.log(`Starting a portal on embedded defaults at ${origin} (data in ${dataDir})`);
  cleanups.push(() => app.stop(15_000));
  watchPortalOutput(app);
  // A first start builds the app (minutes on 2 cores); later ones reuse the build.
  await Promise.race([waitUntil(() => httpOk(`${origin}/api/ready`, 3000), 900_000, "The benchmark portal", 500), app.exited]);
  // `npm start` says so itself a moment later, with how long its warm-up took: that line belongs before the cold run.
  await waitUntil(async () => warmUpLines.length > 0, 5000, "The portal's warm-up line").catch(() => {});
  return { origin, exited: app.exited };
}

function describeWarmUp(from: number, to: number) {
  const said = warmUpLines.filter((l) => l.at >= from && l.at < to).map((l) => `"${l.line}"`);
  return said.length ? said.join(", ") : "nothing about a warm-up";
}

// --- the runs ----------------------------------------------------------------------------------------------------
try {
  let portalDied: Error | undefined;
  const portal = options.url ? { origin: options.url, exited: undefined } : await startPortal();
  portal.exited?.catch((error: Error) => (portalDied = error));
  const ready = Date.now();
  const run = async (label: string, paths: string[]) => {
    const figures = await loadRun(label, {
      origin: portal.origin,
      paths,
      connections: options.connections,
      durationS: options.duration,
      timeoutS: TIMEOUT_S,
      signal: abort.signal,
    });
    if (portalDied) throw portalDied;
    if (abort.signal.aborted) throw new StartError("Stopped.");
    console.log(`  ${label}: ${figures.responses} answers in ${figures.seconds.toFixed(1)} s`);
    return figures;
  };

  const paths = await sitemapPaths(portal.origin);
  const types = new Set(paths.map(pageType));
  console.log(
    `\n${paths.length} pages from /sitemap.xml (${types.size} page types); ${options.connections} connections, ${options.duration} s per run.`,
  );
  const loadBefore = os.loadavg()[0]!;
  portalStderr.quiet = true;
  const coldStart = Date.now();
  const cold = await run("pages, cold", paths);
  // Found only now: fetching the home page before the cold run would have warmed it.
  const asset = await staticAssetPath(portal.origin, paths.find((p) => pageType(p) === "home") ?? "/");
  const staticCold = await run("static, after cold", [asset]);
  const warm = await run("pages, warm", paths);
  const staticWarm = await run("static, after warm", [asset]);
  const runs: RunFigures[] = [cold, staticCold, warm, staticWarm];

  console.log(`\nStatic asset: ${asset}`);
  // The machine may be shared: a load average well above the core count makes every figure slower.
  console.log(
    `Machine: ${os.cpus().length} cores; load average ${loadBefore.toFixed(2)} before the runs, ${os.loadavg()[0]!.toFixed(2)} after.`,
  );
  if (loadBefore > os.cpus().length)
    console.log("  The machine was already busy before the runs: every figure is slower than on an idle machine; compare ratios.");
  if (options.url) console.log("Warm-up: the portal was started elsewhere; whether it warmed its pages is not known here.");
  else {
    console.log(
      `Warm-up: before the cold run the portal said ${describeWarmUp(0, coldStart)}; during it, ${describeWarmUp(coldStart, cold.seconds * 1000 + coldStart)}.`,
    );
    console.log(`  (the cold run began ${((coldStart - ready) / 1000).toFixed(1)} s after the portal said it was ready)`);
  }
  console.log(`\n${formatRuns(runs)}\n`);
  const ratio = warm.p95 / staticWarm.p95;
  const pass = cold.errorCount === 0 && warm.errorCount === 0 && ratio <= 2;
  console.log(`warm p95 / static p95: ${ratio.toFixed(2)} (${warm.p95.toFixed(1)} ms / ${staticWarm.p95.toFixed(1)} ms)`);
  console.log(`goal: 0 errors cold and warm; warm p95 ≤ 2 × static p95 → ${pass ? "PASS" : "MISS"}`);
  if (runs.some((r) => r.errors.has(TIMEOUT)))
    console.log(`(p50/p95/p99 are over answered requests; a request unanswered after ${TIMEOUT_S} s is a timeout error, not in them)`);
  if (cold.errorCount || warm.errorCount) console.log(`\nBy page type:\n${formatBreakdown([cold, warm], pageType)}`);
  if (portalStderr.lines)
    console.log(
      `\nThe portal wrote ${portalStderr.lines} lines to stderr during the runs; first errors:\n${[...portalStderr.firstErrors].map((l) => `  ${l}`).join("\n")}`,
    );
} catch (error) {
  // After Ctrl-C the signal handler cleans up and exits: a run it cut short is not an error to report.
  if (!abort.signal.aborted) {
    console.error(`✗ ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
} finally {
  await cleanUp();
}
