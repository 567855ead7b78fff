// The benchmarks' own portal: `npm start`'s script on free ports, with the embedded database and search engine in a new
// temporary data folder, whatever services the caller's environment names.
import type { StdioOptions } from "node:child_process";
import { childEnvironment } from "@/lib/env";
import { freePort, startChild, temporaryDir, type Child } from "@/lib/process/child";

export interface BenchPortal {
  app: Child;
  origin: string;
  dataDir: string;
  meiliHost: string;
}

export async function startBenchPortal({
  name,
  stdio,
  env = {},
}: {
  name: string;
  stdio: StdioOptions;
  env?: Record<string, string>;
}): Promise<BenchPortal> {
  const dataDir = await temporaryDir("passage-bench-");
  const [port, dbPort, meiliPort] = [await freePort(), await freePort(), await freePort()];
  const app = startChild(
    process.execPath,
    ["--experimental-wasm-modules", "--no-warnings=ExperimentalWarning", "--import", "tsx", "scripts/start.ts"],
    {
      name,
      stdio,
      // Empty values count as unset: embedded PostgreSQL and Meilisearch.
      env: childEnvironment({
        ...env,
        PORT: String(port),
        DATA_DIR: dataDir,
        EMBEDDED_DB_PORT: String(dbPort),
        MEILI_EMBEDDED_PORT: String(meiliPort),
        DATABASE_URL: "",
        MEILI_HOST: "",
        MEILI_MASTER_KEY: "",
      }),
    },
  );
  return { app, origin: `http://127.0.0.1:${port}`, dataDir, meiliHost: `http://127.0.0.1:${meiliPort}` };
}
