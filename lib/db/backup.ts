// Backups that restore. A PostgreSQL server is dumped with pg_dump's custom format and restored with pg_restore (one
// transaction: a failed restore leaves the database as it was). The embedded PGlite is dumped with its own
// dumpDataDir (a gzipped tarball of the data folder) and restored by opening a new data folder from it; PGlite is one
// process's database, so this needs the portal stopped. Either restore refuses a database that holds anything unless
// forced. The search index is not backed up: `npm run search:index` rebuilds it from the content and the database.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, open, readdir, readFile, rename, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { StartError } from "@/lib/process/child";
import { childEnvironment } from "@/lib/env";

export type BackupFormat = "pg_dump" | "pglite";
const extensions: Record<BackupFormat, string> = { pg_dump: ".dump", pglite: ".pglite.tar.gz" };

/** `passage-20261205T101500Z.dump`: sorts by time, names its format. */
export function backupFileName(format: BackupFormat, at = new Date()): string {
  const stamp = at
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d+Z$/, "Z");
  return `passage-${stamp}${extensions[format]}`;
}

/** What a backup file holds, from its first bytes: pg_dump's custom format starts "PGDMP", a gzip stream 1f 8b. */
export async function backupFormatOf(file: string): Promise<BackupFormat> {
  const handle = await open(file, "r").catch(() => {
    throw new StartError(`No backup file at ${file}.`);
  });
  try {
    const { buffer } = await handle.read(Buffer.alloc(5), 0, 5, 0);
    if (buffer.toString("latin1") === "PGDMP") return "pg_dump";
    if (buffer[0] === 0x1f && buffer[1] === 0x8b) return "pglite";
  } finally {
    await handle.close();
  }
  throw new StartError(`${file} is not a backup made by \`npm run db:backup\` (neither pg_dump's custom format nor PGlite's).`);
}

export type Progress = (message: string) => void;

/** Runs a PostgreSQL client tool; each stderr line goes to `onLine`; a failure throws with its last lines. */
function runTool(command: string, args: string[], onLine: (line: string) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ["ignore", "ignore", "pipe"], env: childEnvironment({ PGCONNECT_TIMEOUT: "10" }) });
    const lines: string[] = [];
    let rest = "";
    child.stderr!.setEncoding("utf8").on("data", (chunk: string) => {
      const parts = (rest + chunk).split("\n");
      rest = parts.pop() ?? "";
      for (const line of parts) {
        lines.push(line);
        onLine(line);
      }
    });
    child.once("error", (error: NodeJS.ErrnoException) =>
      reject(
        error.code === "ENOENT"
          ? new StartError(`${command} was not found.`, "Install PostgreSQL's client tools (Debian: apt-get install postgresql-client).")
          : error,
      ),
    );
    child.once("exit", (code) => {
      if (rest) lines.push(rest);
      if (code === 0) resolve();
      else {
        const errors = lines.filter((line) => /error|fatal|could not|aborting/i.test(line)).slice(-3);
        reject(new StartError(`${command} failed (exit code ${code}): ${(errors.length ? errors : lines.slice(-3)).join(" / ")}`));
      }
    });
  });
}

async function withClient<T>(url: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** The tables of a database's public schema, sorted. */
export function tablesOf(url: string): Promise<string[]> {
  return withClient(url, async (client) => {
    const { rows } = await client.query<{ tablename: string }>("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1");
    return rows.map((row) => row.tablename);
  });
}

/** A consistent dump of a PostgreSQL server's database (pg_dump works in one snapshot), table by table. */
export async function backupServer(url: string, file: string, progress: Progress): Promise<{ tables: number }> {
  const tables = (await tablesOf(url)).length;
  let done = 0;
  await runTool(
    "pg_dump",
    ["--format=custom", "--no-owner", "--no-privileges", "--verbose", `--file=${file}`, `--dbname=${url}`],
    (line) => {
      const table = /dumping contents of table "?public\.([^"\s]+)"?/.exec(line)?.[1];
      if (table) progress(`[${(done += 1)}/${tables}] ${table.replace(/"/g, "")}`);
    },
  );
  return { tables };
}

/** Restores a pg_dump backup in one transaction; a database with any table is refused unless `force`. */
export async function restoreServer(
  url: string,
  file: string,
  { force }: { force: boolean },
  progress: Progress,
): Promise<{ tables: number }> {
  const existing = await tablesOf(url);
  if (existing.length && !force)
    throw new StartError(
      `The database is not empty (${existing.length} tables, e.g. ${existing.slice(0, 3).join(", ")}): nothing was restored.`,
      "Restore into a new, empty database, or add --force to replace what this one holds with the backup.",
    );
  let done = 0;
  await runTool(
    "pg_restore",
    [
      "--no-owner",
      "--no-privileges",
      "--exit-on-error",
      "--single-transaction",
      "--verbose",
      ...(force ? ["--clean", "--if-exists"] : []),
      `--dbname=${url}`,
      file,
    ],
    (line) => {
      const table = /processing data for table "?public\.([^"\s]+)"?/.exec(line)?.[1];
      if (table) progress(`[${(done += 1)}] ${table.replace(/"/g, "")}`);
    },
  );
  return { tables: (await tablesOf(url)).length };
}

async function isEmptyFolder(dir: string) {
  return !existsSync(dir) || (await readdir(dir)).length === 0;
}

/** PGlite's own dump of its data folder (the portal must be stopped: PGlite is one process's database). */
export async function backupEmbedded(dataDir: string, file: string, progress: Progress): Promise<void> {
  if (await isEmptyFolder(dataDir)) throw new StartError(`There is no embedded database in ${dataDir}.`);
  progress(`opening ${dataDir}`);
  const db = await PGlite.create(dataDir);
  try {
    progress("writing the data folder");
    const dump = await db.dumpDataDir("gzip");
    await writeFile(file, Buffer.from(await dump.arrayBuffer()));
  } finally {
    await db.close();
  }
}

/**
 * A new embedded data folder from a PGlite backup. A folder that holds anything is refused unless `force`, which moves
 * it aside (`<folder>.before-restore-<time>`) rather than deleting it.
 */
export async function restoreEmbedded(
  dataDir: string,
  file: string,
  { force }: { force: boolean },
  progress: Progress,
): Promise<{ movedAside?: string }> {
  let movedAside: string | undefined;
  if (!(await isEmptyFolder(dataDir))) {
    if (!force)
      throw new StartError(
        `The embedded database in ${dataDir} is not empty: nothing was restored.`,
        "Restore into another DATA_DIR, or add --force to move the current data folder aside and restore in its place.",
      );
    movedAside = `${dataDir.replace(/\/$/, "")}.before-restore-${backupFileName("pg_dump").slice(8, -5)}`;
    await rename(dataDir, movedAside);
    progress(`moved the current data folder aside to ${movedAside}`);
  }
  progress(`unpacking into ${dataDir}`);
  await mkdir(dataDir, { recursive: true });
  const db = await PGlite.create(dataDir, { loadDataDir: new Blob([await readFile(file)]) });
  try {
    await db.query("SELECT 1");
  } finally {
    await db.close();
  }
  return { movedAside };
}

/** "1.2 MB" */
export function formatBytes(bytes: number): string {
  const units = ["B", "KB", "MB", "GB"];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return `${unit === 0 ? value : value.toFixed(1)} ${units[unit]}`;
}

export async function fileSize(file: string): Promise<number> {
  return (await stat(file)).size;
}

export function resolveBackupDir(backupDir: string): string {
  return path.resolve(backupDir);
}
