// Prisma's schema engine compiled to WebAssembly: migrations without the native engine, which cannot be downloaded here.
// The package imports its .wasm as an ES module (experimental in Node 20), so we instantiate it by hand instead.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import * as bindings from "@prisma/schema-engine-wasm/schema_engine_bg";

type SchemaEngine = bindings.SchemaEngine;
const noFilters = { externalTables: [], externalEnums: [] };

let loaded: Promise<void> | undefined;
function loadWasm(): Promise<void> {
  loaded ??= (async () => {
    // The package exports no path to its .wasm; it sits beside the bindings module.
    const bindingsFile = createRequire(import.meta.url).resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const bytes = await readFile(path.join(path.dirname(bindingsFile), "schema_engine_bg.wasm"));
    const { instance } = await WebAssembly.instantiate(bytes, {
      "./schema_engine_bg.js": bindings as unknown as WebAssembly.ModuleImports,
    });
    bindings.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
  })();
  return loaded;
}

async function withEngine<T>(
  connectionString: string,
  datamodel: [string, string] | null,
  run: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  await loadWasm();
  const factory = bindMigrationAwareSqlAdapterFactory(new PrismaPg({ connectionString }));
  const engine = await bindings.SchemaEngine.new({ datamodels: datamodel ? [datamodel] : undefined }, () => {}, factory);
  try {
    return await run(engine);
  } finally {
    engine.free();
  }
}

export interface MigrationFolder {
  name: string;
  sql: string;
}

/** Applies the migrations not yet recorded in `_prisma_migrations`, in order, as `prisma migrate deploy` does. */
export async function applyMigrations(connectionString: string, baseDir: string, migrations: MigrationFolder[], lockfile: string | null) {
  return withEngine(connectionString, null, async (engine) => {
    const output = await engine.applyMigrations({
      migrationsList: {
        baseDir,
        lockfile: { path: "migration_lock.toml", content: lockfile },
        shadowDbInitScript: "",
        migrationDirectories: migrations.map((migration) => ({
          path: migration.name,
          migrationFile: { path: "migration.sql", content: { tag: "ok", value: migration.sql } },
        })),
      },
      filters: noFilters,
    });
    return output.appliedMigrationNames;
  });
}

/**
 * SQL that turns the database described by `from` (null: empty) into the one described by `to`. The diff itself reads no
 * database, but the engine connects on start, so it needs a reachable one.
 */
export async function diffSchemas(
  connectionString: string,
  from: { path: string; content: string } | null,
  to: { path: string; content: string },
): Promise<string> {
  return withEngine(connectionString, [to.path, to.content], async (engine) => {
    const result = await engine.diff({
      from: from ? { tag: "schemaDatamodel", files: [from] } : { tag: "empty" },
      to: { tag: "schemaDatamodel", files: [to] },
      script: true,
      exitCode: null,
      filters: noFilters,
    } as Parameters<SchemaEngine["diff"]>[0]);
    return result.stdout ?? "";
  });
}
