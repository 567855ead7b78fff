// Backups that restore, through the real commands (`npm run db:backup`, `npm run db:restore`): a database with country
// profiles, revisions, accounts (second factors and recovery codes included), audit entries and sessions is backed up,
// restored into a new one, and every table's rows compared; a restore into a database that holds anything is refused
// unless forced. On a PostgreSQL server (pg_dump custom format) and on the embedded PGlite (its data folder dump).
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { readdir, rm } from "node:fs/promises";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { promisify } from "node:util";
import pg from "pg";
import { actorForToken, createUser, signIn, signInLimits } from "@/lib/auth/accounts";
import { completeSignIn, secondStepLimits } from "@/lib/auth/second-factor";
import { newTotpSecret, totpCode } from "@/lib/auth/totp";
import { loadCountrySeeds } from "@/lib/content/countries";
import { startEmbeddedPostgres } from "@/lib/db/embedded";
import { migrateDatabase } from "@/lib/db/migrations";
import { createPrismaClient } from "@/lib/db/prisma";
import { seedCountryProfiles } from "@/lib/editorial/seed";
import { publishRevision, saveRevision, submitForReview } from "@/lib/editorial/workflow";
import { createRateLimitPool } from "@/lib/http/rate-limit";
import { freePort, temporaryDir } from "@/lib/process/child";
import { startPrivatePostgres, type PrivatePostgres } from "@/tests/support/private-postgres";

const run = promisify(execFile);
const PASSWORD = "a long enough password";

/** Runs an npm script's file as `npm run` does, with only the given variables set; resolves with its output and exit code. */
async function cli(script: "db-backup" | "db-restore", args: string[], env: Record<string, string>) {
  try {
    const { stdout, stderr } = await run(process.execPath, ["--import", "tsx", `scripts/${script}.ts`, ...args], {
      env: { PATH: process.env.PATH!, NODE_ENV: "production", ...env },
      timeout: 120_000,
    });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const { code, stdout, stderr } = error as { code: number; stdout: string; stderr: string };
    return { code, output: stdout + stderr };
  }
}

/** Profiles, revisions (saved, submitted, published), accounts with second factors, sessions, audit entries, limits. */
async function fillWithEditorialData(url: string) {
  const prisma = createPrismaClient(url, 2);
  const pool = createRateLimitPool(url);
  try {
    const seeds = (await loadCountrySeeds()).filter((seed) => ["germany", "austria"].includes(seed.country));
    await seedCountryProfiles(prisma, seeds);
    const secret = newTotpSecret();
    const editor = await createUser(prisma, { email: "editor@example.org", role: "editor", password: PASSWORD }, { totpSecret: secret });
    const reviewer = await createUser(
      prisma,
      { email: "reviewer@example.org", role: "reviewer", password: PASSWORD },
      { totpSecret: newTotpSecret() },
    );
    const latest = await prisma.profileRevision.findFirstOrThrow({ where: { profile: { country: "germany", locale: "en" } } });
    const saved = await saveRevision(prisma, editor, {
      country: "germany",
      locale: "en",
      baseRevisionId: latest.id,
      facts: latest.facts as never,
      body: "## Backed up [#backed-up]\n\nA revision that must survive a lost disk.",
    });
    assert.ok(saved.ok);
    await submitForReview(prisma, editor, { revisionId: saved.revision.id, changeSummary: "Checked against the official sources." });
    await publishRevision(prisma, reviewer, { revisionId: saved.revision.id });
    // A signed-in editor: a session, a sign-in audit entry, the last TOTP step used.
    const password = await signIn(prisma, signInLimits(pool), { email: "editor@example.org", password: PASSWORD, address: "192.0.2.1" });
    assert.ok(password.ok && password.step === "code");
    const session = await completeSignIn(prisma, secondStepLimits(pool), {
      pendingToken: password.pendingToken,
      code: totpCode(secret),
      address: "192.0.2.1",
    });
    assert.ok(session.ok);
    await signIn(prisma, signInLimits(pool), { email: "editor@example.org", password: "wrong", address: "192.0.2.2" });
    return session.token;
  } finally {
    await pool.end();
    await prisma.$disconnect();
  }
}

/** Every table of the public schema with its rows, each row as JSON text, sorted: two databases compare equal or not. */
async function tableContents(url: string): Promise<Record<string, string[]>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows: tables } = await client.query<{ tablename: string }>(
      "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1",
    );
    const contents: Record<string, string[]> = {};
    for (const { tablename } of tables) {
      const { rows } = await client.query<{ row: string }>(`SELECT to_jsonb(t)::text AS row FROM "${tablename}" t ORDER BY 1`);
      contents[tablename] = rows.map((row) => row.row);
    }
    return contents;
  } finally {
    await client.end();
  }
}

function assertSameContents(restored: Record<string, string[]>, original: Record<string, string[]>) {
  assert.deepEqual(Object.keys(restored), Object.keys(original), "the same tables");
  for (const table of ["CountryProfile", "ProfileRevision", "User", "Session", "AuditEntry", "RecoveryCode", "_prisma_migrations"])
    assert.ok((original[table]?.length ?? 0) > 0 || table === "RecoveryCode", `${table} has rows to compare`);
  for (const [table, rows] of Object.entries(original)) assert.deepEqual(restored[table], rows, `${table}: every row restored`);
}

describe("backup and restore on a PostgreSQL server (pg_dump)", () => {
  let server: PrivatePostgres;
  let backupDir: string;
  const database = (name: string) => server.url.replace(/\/postgres$/, `/${name}`);
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: server.url });
    await client.connect();
    await client.query(sql).finally(() => client.end());
  };

  before(async () => {
    server = await startPrivatePostgres();
    backupDir = await temporaryDir("passage-backups-");
    for (const name of ["original", "restored", "occupied"]) await admin(`CREATE DATABASE ${name}`);
  });
  after(async () => {
    await server?.destroy();
    if (backupDir) await rm(backupDir, { recursive: true, force: true });
  });

  let backupFile: string;
  let sessionToken: string;

  it("`npm run db:backup` writes a timestamped pg_dump file with progress and a one-line summary", async () => {
    await migrateDatabase(database("original"));
    sessionToken = await fillWithEditorialData(database("original"));
    const { code, output } = await cli("db-backup", [], { DATABASE_URL: database("original"), BACKUP_DIR: backupDir });
    assert.equal(code, 0, output);
    const [file] = await readdir(backupDir);
    assert.match(file!, /^passage-\d{8}T\d{6}Z\.dump$/);
    backupFile = path.join(backupDir, file!);
    assert.match(output, /\[\d+\/\d+\] ProfileRevision/, "progress, table by table");
    assert.match(output, /✓ Backup written: .*passage-\d{8}T\d{6}Z\.dump \([\d.]+ [KM]?B, \d+ tables, pg_dump custom format\) in [\d.]+ s/);
  });

  it("`npm run db:restore` fills an empty database with every row of every table", async () => {
    const { code, output } = await cli("db-restore", [backupFile], { DATABASE_URL: database("restored") });
    assert.equal(code, 0, output);
    assert.match(output, /✓ Restored \d+ tables/);
    assertSameContents(await tableContents(database("restored")), await tableContents(database("original")));
    // The restored database works: the session signed in before the backup is valid there.
    const prisma = createPrismaClient(database("restored"), 1);
    try {
      assert.equal((await actorForToken(prisma, sessionToken))?.email, "editor@example.org");
    } finally {
      await prisma.$disconnect();
    }
  });

  it("refuses a database that holds anything, changing nothing; --force replaces it", async () => {
    const occupied = database("occupied");
    const client = new pg.Client({ connectionString: occupied });
    await client.connect();
    await client.query("CREATE TABLE notes (note text); INSERT INTO notes VALUES ('not a backup')");
    await client.end();
    const refused = await cli("db-restore", [backupFile], { DATABASE_URL: occupied });
    assert.equal(refused.code, 1);
    assert.match(refused.output, /The database is not empty \(1 tables, e\.g\. notes\): nothing was restored/);
    assert.match(refused.output, /--force/);
    assert.deepEqual(Object.keys(await tableContents(occupied)), ["notes"]);

    const again = await cli("db-restore", [backupFile], { DATABASE_URL: database("restored") });
    assert.equal(again.code, 1, "the database restored above is not empty either");

    const forced = await cli("db-restore", [backupFile, "--force"], { DATABASE_URL: database("restored") });
    assert.equal(forced.code, 0, forced.output);
    assertSameContents(await tableContents(database("restored")), await tableContents(database("original")));
  });

  it("refuses a file that is not a backup", async () => {
    const notBackup = await cli("db-restore", ["package.json"], { DATABASE_URL: database("restored") });
    assert.equal(notBackup.code, 1);
    assert.match(notBackup.output, /is not a backup made by `npm run db:backup`/);
  });
});

describe("backup and restore of the embedded PGlite (its data folder)", () => {
  let root: string;
  before(async () => {
    root = await temporaryDir("passage-pglite-backup-");
  });
  after(async () => {
    if (root) await rm(root, { recursive: true, force: true });
  });

  /** A running embedded database on `dataDir` for the length of `use`. */
  async function withEmbedded<T>(dataDir: string, body: (url: string) => Promise<T>): Promise<T> {
    const embedded = await startEmbeddedPostgres(dataDir, await freePort());
    try {
      return await body(embedded.connectionString);
    } finally {
      await embedded.stop();
    }
  }

  it("backs up a stopped embedded database and restores it into a new data folder, every row equal; refuses a full one", async () => {
    const original = path.join(root, "original");
    const originalContents = await withEmbedded(path.join(original, "postgres"), async (url) => {
      await migrateDatabase(url);
      await fillWithEditorialData(url);
      return tableContents(url);
    });
    const backupDir = path.join(root, "backups");
    const port = String(await freePort());
    const backup = await cli("db-backup", [], { DATA_DIR: original, EMBEDDED_DB_PORT: port, BACKUP_DIR: backupDir });
    assert.equal(backup.code, 0, backup.output);
    assert.match(
      backup.output,
      /✓ Backup written: .*passage-\d{8}T\d{6}Z\.pglite\.tar\.gz \([\d.]+ [KM]?B, PGlite data folder\) in [\d.]+ s/,
    );
    const [file] = await readdir(backupDir);
    const backupFile = path.join(backupDir, file!);

    const restoredDir = path.join(root, "restored");
    const restore = await cli("db-restore", [backupFile], { DATA_DIR: restoredDir, EMBEDDED_DB_PORT: port });
    assert.equal(restore.code, 0, restore.output);
    assertSameContents(await withEmbedded(path.join(restoredDir, "postgres"), tableContents), originalContents);

    const refused = await cli("db-restore", [backupFile], { DATA_DIR: original, EMBEDDED_DB_PORT: port });
    assert.equal(refused.code, 1);
    assert.match(refused.output, /is not empty: nothing was restored/);
    const pgDump = await cli("db-restore", [backupFile], { DATABASE_URL: "postgresql://postgres@127.0.0.1:1/none" });
    assert.match(pgDump.output, /This is a backup of the embedded database/);
  });

  it("refuses to back up while `npm start` holds the embedded database", async () => {
    const dataDir = path.join(root, "busy");
    const port = await freePort();
    const embedded = await startEmbeddedPostgres(path.join(dataDir, "postgres"), port);
    try {
      const busy = await cli("db-backup", [], { DATA_DIR: dataDir, EMBEDDED_DB_PORT: String(port), BACKUP_DIR: path.join(root, "b") });
      assert.equal(busy.code, 1);
      assert.match(busy.output, /The embedded database is in use/);
    } finally {
      await embedded.stop();
    }
  });
});
