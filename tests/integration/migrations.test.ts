import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import pg from "pg";
import { migrateDatabase, readMigrations } from "@/lib/db/migrations";
import { createTestDatabase, type TestDatabase } from "@/tests/support/database";

describe("migrations", () => {
  let database: TestDatabase;
  before(async () => {
    database = await createTestDatabase();
  });
  after(async () => {
    await database?.drop();
  });

  it("apply every migration to an empty database, then nothing on a second run", async () => {
    const expected = (await readMigrations()).map((m) => m.name);
    assert.ok(expected.length > 0);
    assert.deepEqual(await migrateDatabase(database.url), expected);
    assert.deepEqual(await migrateDatabase(database.url), []);

    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      const tables = await client.query<{ table_name: string }>(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name",
      );
      const names = tables.rows.map((row) => row.table_name);
      for (const table of ["CountryProfile", "ProfileRevision", "SearchMiss", "_prisma_migrations"])
        assert.ok(names.includes(table), `${table} missing (${names.join(", ")})`);
      const recorded = await client.query<{ migration_name: string; finished_at: Date | null }>(
        "SELECT migration_name, finished_at FROM _prisma_migrations ORDER BY migration_name",
      );
      assert.deepEqual(
        recorded.rows.map((row) => row.migration_name),
        expected,
      );
      assert.ok(
        recorded.rows.every((row) => row.finished_at !== null),
        "every migration is recorded as finished",
      );
    } finally {
      await client.end();
    }
  });
});
