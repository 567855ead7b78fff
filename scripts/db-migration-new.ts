// Writes a new migration in Prisma's layout: the SQL diff between the schema as of the last migration (the snapshot kept
// beside it) and prisma/schema.prisma. Usage: npm run db:migration:new -- <name>
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { startEmbeddedPostgres } from "@/lib/db/embedded";
import { migrationsDir, readMigrations } from "@/lib/db/migrations";
import { diffSchemas } from "@/lib/db/schema-engine";
import { freePort, temporaryDir } from "@/lib/process/child";

const SNAPSHOT = "schema.prisma.snapshot";
const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("Usage: npm run db:migration:new -- <name>   (lowercase letters, digits and _)");
  process.exit(2);
}

const current = await readFile("prisma/schema.prisma", "utf8");
const migrations = await readMigrations();
const last = migrations.at(-1);
const previous = last ? await readFile(path.join(migrationsDir, last.name, SNAPSHOT), "utf8") : null;

// The engine wants a database to connect to, even though a datamodel-to-datamodel diff never reads it.
const scratch = await startEmbeddedPostgres(await temporaryDir("passage-diff-"), await freePort());
try {
  const sql = await diffSchemas(scratch.connectionString, previous ? { path: "schema.prisma", content: previous } : null, {
    path: "schema.prisma",
    content: current,
  });
  if (!sql.trim() || /^-- This is an empty migration/.test(sql.trim())) {
    console.log("The schema has not changed since the last migration: nothing written.");
  } else {
    const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
    const dir = path.join(migrationsDir, `${stamp}_${name}`);
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, "migration.sql"), sql);
    await writeFile(path.join(dir, SNAPSHOT), current);
    console.log(`Wrote ${path.relative(process.cwd(), dir)}/migration.sql`);
  }
} finally {
  await scratch.stop();
}
