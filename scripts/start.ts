// `npm start`: brings the whole portal up on embedded defaults (or the services named in the environment), one line per step.
//   database → search engine → migrations → seed → search index → restricted search keys → production build (if
//   stale) → web server (scripts/web-server.ts, also `npm run start:web`)
// Ctrl-C / SIGTERM stops the server, the search engine and the database cleanly.
// This process holds the Meilisearch master key; the web server it starts gets only the restricted keys.
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { loadCountrySeeds } from "@/lib/content/countries";
import { ContentError } from "@/lib/content/errors";
import { startEmbeddedPostgres } from "@/lib/db/embedded";
import { migrateDatabase } from "@/lib/db/migrations";
import { createPrismaClient } from "@/lib/db/prisma";
import { seedCountryProfiles } from "@/lib/editorial/seed";
import { childEnvironment, debugEnabled, EnvError, parseEnv, requireVariables } from "@/lib/env";
import { createSearchClient } from "@/lib/search/client";
import { startEmbeddedMeilisearch } from "@/lib/search/embedded";
import { ensureRestrictedKeys } from "@/lib/search/keys";
import { buildSearchIndex } from "@/lib/search/rebuild";
import { buildFingerprint } from "@/scripts/lib/build-fingerprint";
import { assertPortFree, httpOk, runToCompletion, startChild, StartError, step, waitUntil, type Child } from "@/lib/process/child";

const dev = process.argv.includes("--dev");
const started = Date.now();
const cleanups: (() => Promise<void>)[] = [];
let shuttingDown = false;

async function shutdown(code: number) {
  if (shuttingDown) return;
  shuttingDown = true;
  for (const cleanup of cleanups.reverse())
    await cleanup().catch((error) => console.error(`  while stopping: ${(error as Error).message}`));
  process.exit(code);
}

function fail(error: unknown) {
  if (error instanceof StartError) console.error(`✗ ${error.message}${error.hint ? `\n  ${error.hint}` : ""}`);
  else if (error instanceof EnvError) console.error(`✗ ${error.message}\n  See .env.example for every variable and its format.`);
  else if (error instanceof ContentError)
    console.error(`✗ Invalid content: ${error.message}\n  Run \`npm run content:check\` for the full list.`);
  else {
    console.error(`✗ ${(error as Error).message ?? String(error)}`);
    if (debugEnabled()) console.error((error as Error).stack);
  }
  void shutdown(1);
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    console.log(`\n${signal}: stopping…`);
    void shutdown(0);
  });
}

async function main() {
  const env = parseEnv();
  // Indexing needs the master key; the web server's restricted keys are made with it (or passed in).
  if (env.MEILI_HOST) requireVariables(env, ["MEILI_MASTER_KEY"], "with MEILI_HOST: `npm start` indexes the content with it");
  const dataDir = path.resolve(env.DATA_DIR);
  await mkdir(dataDir, { recursive: true });

  const databaseUrl = env.DATABASE_URL
    ? (console.log("• Database: DATABASE_URL"), env.DATABASE_URL)
    : await step(
        "Embedded PostgreSQL (PGlite)",
        async () => {
          await assertPortFree(env.EMBEDDED_DB_PORT, "embedded PostgreSQL", "EMBEDDED_DB_PORT");
          const postgres = await startEmbeddedPostgres(path.join(dataDir, "postgres"), env.EMBEDDED_DB_PORT);
          cleanups.push(() => postgres.stop());
          return postgres.connectionString;
        },
        () => `127.0.0.1:${env.EMBEDDED_DB_PORT}, data in ${path.relative(process.cwd(), dataDir)}/postgres`,
      );

  const search = env.MEILI_HOST
    ? await step("Meilisearch at MEILI_HOST", async () => {
        await waitUntil(() => httpOk(`${env.MEILI_HOST}/health`), 10_000, `Meilisearch at ${env.MEILI_HOST}`);
        return { host: env.MEILI_HOST!, masterKey: env.MEILI_MASTER_KEY! };
      })
    : await step(
        "Embedded Meilisearch",
        async () => {
          await assertPortFree(env.MEILI_EMBEDDED_PORT, "embedded Meilisearch", "MEILI_EMBEDDED_PORT");
          const meili = await startEmbeddedMeilisearch(dataDir, env.MEILI_EMBEDDED_PORT);
          cleanups.push(() => meili.stop());
          // Without its search engine the portal still serves every page (search answers "unavailable"): keep going.
          meili.exited.catch((error: Error) => {
            if (!shuttingDown)
              console.error(`✗ ${error.message} Search is degraded until the next \`npm start\`; every other page keeps working.`);
          });
          return meili;
        },
        (meili) => meili.host,
      );

  await step(
    "Migrations",
    () =>
      migrateDatabase(databaseUrl).catch((error: Error) => {
        throw new StartError(
          `Migrations failed: ${error.message.split("\n")[0]}`,
          "Check DATABASE_URL and prisma/migrations; the database was left as it was before the failing migration.",
        );
      }),
    (applied) => (applied.length ? `applied ${applied.join(", ")}` : "up to date"),
  );

  const prisma = createPrismaClient(databaseUrl, 2);
  await step(
    "Seed",
    async () => seedCountryProfiles(prisma, await loadCountrySeeds()),
    (r) =>
      `${r.created} country profiles created, ${r.upgraded} updated, ${r.offered} offered to editors as drafts, ${r.unchanged} unchanged`,
  );
  const client = createSearchClient({ host: search.host, apiKey: search.masterKey, timeoutMs: 30_000 });
  await step(
    "Search index",
    () => buildSearchIndex(client, env.SEARCH_INDEX_PREFIX, { onlyIfChanged: true, prisma }),
    (r) => (r.rebuilt ? `${r.documents} documents indexed` : "up to date"),
  );
  await prisma.$disconnect();
  const keys =
    env.MEILI_SEARCH_KEY && env.MEILI_WRITE_KEY
      ? (console.log("• Search keys: MEILI_SEARCH_KEY and MEILI_WRITE_KEY"),
        { searchKey: env.MEILI_SEARCH_KEY, writeKey: env.MEILI_WRITE_KEY })
      : await step(
          "Restricted search keys",
          () => ensureRestrictedKeys(client, env.SEARCH_INDEX_PREFIX),
          () => `search and publish, on ${env.SEARCH_INDEX_PREFIX}_*`,
        );

  // The master key stays in this process: the web server (and the build) never see it.
  const childEnv = childEnvironment(
    {
      NODE_ENV: dev ? "development" : "production",
      NEXT_TELEMETRY_DISABLED: "1",
      PORT: String(env.PORT),
      DATABASE_URL: databaseUrl,
      MEILI_HOST: search.host,
      MEILI_SEARCH_KEY: keys.searchKey,
      MEILI_WRITE_KEY: keys.writeKey,
    },
    { except: ["MEILI_MASTER_KEY"] },
  );
  const nextBin = path.resolve("node_modules/next/dist/bin/next");

  if (!dev) {
    const fingerprintFile = path.resolve(env.NEXT_DIST_DIR, "passage-fingerprint");
    const fingerprint = await buildFingerprint(env.SITE_URL ?? "");
    const current = await readFile(fingerprintFile, "utf8").catch(() => "");
    if (current === fingerprint && existsSync(path.join(env.NEXT_DIST_DIR, "BUILD_ID"))) console.log("✓ Production build: up to date");
    else {
      await step("Production build (next build)", async () => {
        console.log("  building… (a first build takes a few minutes on 2 cores)");
        await runToCompletion(process.execPath, [nextBin, "build"], { name: "next build", env: childEnv });
        await writeFile(fingerprintFile, fingerprint);
      });
    }
  }

  await assertPortFree(env.PORT, "web server", "PORT");
  const server: Child = startChild(
    process.execPath,
    ["--import", "tsx", path.resolve("scripts/web-server.ts"), ...(dev ? ["--dev"] : [])],
    {
      name: "Web server",
      env: childEnv,
      stdio: ["ignore", "ignore", "inherit"],
    },
  );
  cleanups.push(() => server.stop());
  server.exited.catch(fail);
  const url = `http://localhost:${env.PORT}`;
  await step(
    "Web server",
    () => waitUntil(() => httpOk(`${url}/api/health`, 3000), dev ? 120_000 : 60_000, "The web server", 250),
    () => url,
  );
  // Readers are welcome once every page has been rendered into the page cache (GET /api/ready; about a minute).
  if (!dev)
    await step(
      "Page cache",
      () => waitUntil(() => httpOk(`${url}/api/ready`, 3000), 900_000, "The page cache warm-up", 500),
      () => "warm (every page of the sitemap rendered)",
    );
  console.log(`\nPassage is ready at ${url}/en  (started in ${((Date.now() - started) / 1000).toFixed(1)} s; Ctrl-C to stop)`);
}

main().catch(fail);
