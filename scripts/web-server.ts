// `npm run start:web`: the web server alone, for running several instances behind a load balancer. It serves an
// existing production build against DATABASE_URL and MEILI_HOST with the restricted keys MEILI_SEARCH_KEY and
// MEILI_WRITE_KEY; it starts no database or search engine and builds nothing. `npm start` runs it too, with the
// services and keys it has prepared. `--dev`: Next's development mode (hot reload), for `npm run dev`.
import { existsSync } from "node:fs";
import path from "node:path";
import { EnvError, parseEnv, requireVariables, setProcessEnvironment, type Env } from "@/lib/env";

const dev = process.argv.includes("--dev");

function fail(message: string): never {
  console.error(`✗ ${message}`);
  process.exit(1);
}

let env: Env;
try {
  env = parseEnv();
  requireVariables(env, ["DATABASE_URL", "MEILI_HOST", "MEILI_SEARCH_KEY", "MEILI_WRITE_KEY"], "by the web server");
} catch (error) {
  if (error instanceof EnvError) fail(`${error.message}. See .env.example.`);
  throw error;
}
if (env.MEILI_MASTER_KEY)
  fail("MEILI_MASTER_KEY is set: the web server must not hold the master key. Pass MEILI_SEARCH_KEY and MEILI_WRITE_KEY only.");
if (!dev && !existsSync(path.join(env.NEXT_DIST_DIR, "BUILD_ID")))
  fail(`No production build in ${env.NEXT_DIST_DIR}/: run \`npm run build\` (or \`npm start\` once) first.`);

// Read by React and Next when they load, so set before importing them.
setProcessEnvironment({ NODE_ENV: dev ? "development" : "production", NEXT_TELEMETRY_DISABLED: "1" });
// Names the process in `ps` (and the tests that look for it) by its port.
process.title = `passage-web:${env.PORT}`;

const { createWebServer } = await import("@/lib/http/web-server");
// Every interface, as `next start` does.
const web = await createWebServer({
  dir: process.cwd(),
  dev,
  port: env.PORT,
  trustedProxyHops: env.TRUSTED_PROXY_HOPS,
  siteUrl: env.SITE_URL,
}).catch((error: Error) => fail(`The web server could not start: ${error.message}`));
console.log(`Web server listening on port ${env.PORT} (${dev ? "development" : "production"})`);

let stopping = false;
for (const signal of ["SIGINT", "SIGTERM"] as const)
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    void web.close().finally(() => process.exit(0));
  });
