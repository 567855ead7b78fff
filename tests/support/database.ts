// A fresh, empty PostgreSQL database per test file: a new database on TEST_DATABASE_URL's server when it is set,
// otherwise an embedded PGlite in a temporary folder. Real PostgreSQL either way: no mocks.
import { randomBytes } from "node:crypto";
import { after, before } from "node:test";
import pg from "pg";
import { startEmbeddedPostgres } from "@/lib/db/embedded";
import { migrateDatabase } from "@/lib/db/migrations";
import { createPrismaClient } from "@/lib/db/prisma";
import { freePort, temporaryDir } from "@/lib/process/child";

export interface TestDatabase {
  url: string;
  kind: "postgresql-server" | "pglite";
  drop(): Promise<void>;
}

async function admin<T>(url: string, run: (client: pg.Client) => Promise<T>) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const server = process.env.TEST_DATABASE_URL;
  if (server) {
    const name = `passage_test_${randomBytes(6).toString("hex")}`;
    await admin(server, (client) => client.query(`CREATE DATABASE ${name}`));
    const url = new URL(server);
    url.pathname = `/${name}`;
    return {
      url: url.toString(),
      kind: "postgresql-server",
      drop: () => admin(server, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
    };
  }
  const embedded = await startEmbeddedPostgres(await temporaryDir("passage-test-db-"), await freePort());
  return { url: embedded.connectionString, kind: "pglite", drop: () => embedded.stop() };
}

/** A fresh database with every migration applied and a Prisma client on it; `close()` disconnects and drops it. */
export async function createMigratedTestDatabase(poolSize = 2) {
  const database = await createTestDatabase();
  await migrateDatabase(database.url);
  const prisma = createPrismaClient(database.url, poolSize);
  return {
    database,
    prisma,
    async close() {
      await prisma.$disconnect();
      await database.drop();
    },
  };
}

/**
 * For a describe() block: a fresh migrated database created before its tests and dropped after them. Read `.prisma`
 * inside tests or later before() hooks (node:test runs hooks in the order they were registered).
 */
export function migratedDatabaseForSuite(poolSize = 2) {
  let handle: Awaited<ReturnType<typeof createMigratedTestDatabase>> | undefined;
  before(async () => {
    handle = await createMigratedTestDatabase(poolSize);
  });
  after(async () => {
    await handle?.close();
  });
  return {
    get prisma() {
      if (!handle) throw new Error("The test database is created in before(): use it inside tests or hooks.");
      return handle.prisma;
    },
    get url() {
      if (!handle) throw new Error("The test database is created in before(): use it inside tests or hooks.");
      return handle.database.url;
    },
  };
}
