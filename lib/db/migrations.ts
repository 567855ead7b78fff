// Reads prisma/migrations (Prisma's own layout) and applies it with the WebAssembly schema engine.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { applyMigrations, type MigrationFolder } from "./schema-engine";

export const migrationsDir = path.resolve("prisma/migrations");

export async function readMigrations(dir = migrationsDir): Promise<MigrationFolder[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const folders = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  return Promise.all(folders.map(async (name) => ({ name, sql: await readFile(path.join(dir, name, "migration.sql"), "utf8") })));
}

/** Applies pending migrations; returns the names of those applied (empty when the database was up to date). */
export async function migrateDatabase(connectionString: string, dir = migrationsDir): Promise<string[]> {
  const lockfile = await readFile(path.join(dir, "migration_lock.toml"), "utf8").catch(() => null);
  return applyMigrations(connectionString, dir, await readMigrations(dir), lockfile);
}
