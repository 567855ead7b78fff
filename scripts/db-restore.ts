// `npm run db:restore -- <file> [--force]`: restores a backup of `npm run db:backup` into an empty database: the server
// of DATABASE_URL (a pg_dump backup), or without it the embedded data folder $DATA_DIR/postgres (a PGlite backup; the
// portal stopped). A database that holds anything is refused unless --force. Then `npm start` applies any newer
// migrations and `npm run search:index` rebuilds the search index.
import path from "node:path";
import { parseArgs } from "node:util";
import { backupFormatOf, restoreEmbedded, restoreServer } from "@/lib/db/backup";
import { EnvError, parseEnv } from "@/lib/env";
import { isPortFree, StartError } from "@/lib/process/child";

const started = Date.now();
const progress = (message: string) => console.log(`  ${message}`);
const usage = "Usage: npm run db:restore -- <backup file> [--force]";

try {
  const { values, positionals } = parseArgs({ options: { force: { type: "boolean", default: false } }, allowPositionals: true });
  if (positionals.length !== 1) throw new StartError("Name one backup file to restore.", usage);
  const file = path.resolve(positionals[0]!);
  const env = parseEnv();
  const format = await backupFormatOf(file);
  const force = values.force ?? false;
  if (env.DATABASE_URL) {
    if (format !== "pg_dump")
      throw new StartError("This is a backup of the embedded database; DATABASE_URL names a server.", "Unset DATABASE_URL to restore it.");
    console.log(`• Restoring ${path.relative(process.cwd(), file)} into the PostgreSQL server (DATABASE_URL) with pg_restore`);
    const { tables } = await restoreServer(env.DATABASE_URL, file, { force }, progress);
    console.log(`✓ Restored ${tables} tables in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } else {
    if (format !== "pglite")
      throw new StartError(
        "This is a pg_dump backup of a PostgreSQL server.",
        "Set DATABASE_URL to the (empty) server database to restore it into.",
      );
    if (!(await isPortFree(env.EMBEDDED_DB_PORT)))
      throw new StartError(`The embedded database is in use (port ${env.EMBEDDED_DB_PORT}): \`npm start\` is running.`, "Stop it first.");
    const dataDir = path.resolve(env.DATA_DIR, "postgres");
    console.log(`• Restoring ${path.relative(process.cwd(), file)} into the embedded database (${path.relative(process.cwd(), dataDir)})`);
    const { movedAside } = await restoreEmbedded(dataDir, file, { force }, progress);
    console.log(
      `✓ Restored the embedded database in ${((Date.now() - started) / 1000).toFixed(1)} s${movedAside ? `; the previous one is in ${movedAside}` : ""}`,
    );
  }
  console.log("  Next: `npm start` (applies newer migrations, rebuilds the search index when content changed), or `npm run search:index`.");
} catch (error) {
  if (error instanceof StartError) console.error(`✗ ${error.message}${error.hint ? `\n  ${error.hint}` : ""}`);
  else if (error instanceof EnvError) console.error(`✗ ${error.message}`);
  else console.error(`✗ Restore failed: ${(error as Error).message}`);
  process.exitCode = 1;
}
