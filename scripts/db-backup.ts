// `npm run db:backup`: a consistent dump of the database into BACKUP_DIR, named by the time it was taken, with progress
// and a one-line summary. DATABASE_URL: pg_dump's custom format (the portal keeps running). Without it: the embedded
// PGlite's data folder (stop `npm start` first: PGlite is one process's database). Restore with `npm run db:restore`.
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { backupEmbedded, backupFileName, backupServer, fileSize, formatBytes } from "@/lib/db/backup";
import { EnvError, parseEnv } from "@/lib/env";
import { isPortFree, StartError } from "@/lib/process/child";

const started = Date.now();
const progress = (message: string) => console.log(`  ${message}`);

try {
  const env = parseEnv();
  const dir = path.resolve(env.BACKUP_DIR);
  await mkdir(dir, { recursive: true });
  let detail: string;
  let file: string;
  if (env.DATABASE_URL) {
    file = path.join(dir, backupFileName("pg_dump"));
    console.log(`• Backing up the PostgreSQL server (DATABASE_URL) with pg_dump into ${path.relative(process.cwd(), file)}`);
    const { tables } = await backupServer(env.DATABASE_URL, file, progress);
    detail = `${tables} tables, pg_dump custom format`;
  } else {
    const dataDir = path.resolve(env.DATA_DIR, "postgres");
    if (!(await isPortFree(env.EMBEDDED_DB_PORT)))
      throw new StartError(
        `The embedded database is in use (port ${env.EMBEDDED_DB_PORT}): \`npm start\` is running.`,
        "Stop it (Ctrl-C), back up, then start it again. A PostgreSQL server (DATABASE_URL) is backed up while the portal runs.",
      );
    file = path.join(dir, backupFileName("pglite"));
    console.log(`• Backing up the embedded database (${path.relative(process.cwd(), dataDir)}) into ${path.relative(process.cwd(), file)}`);
    await backupEmbedded(dataDir, file, progress);
    detail = "PGlite data folder";
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`✓ Backup written: ${path.relative(process.cwd(), file)} (${formatBytes(await fileSize(file))}, ${detail}) in ${seconds} s`);
} catch (error) {
  if (error instanceof StartError) console.error(`✗ ${error.message}${error.hint ? `\n  ${error.hint}` : ""}`);
  else if (error instanceof EnvError) console.error(`✗ ${error.message}`);
  else console.error(`✗ Backup failed: ${(error as Error).message}`);
  process.exitCode = 1;
}
