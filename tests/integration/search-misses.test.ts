import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { migrateDatabase } from "@/lib/db/migrations";
import { createPrismaClient, type PrismaClient } from "@/lib/db/prisma";
import { recordSearchMiss, topSearchMisses } from "@/lib/search/misses";
import { createTestDatabase, type TestDatabase } from "@/tests/support/database";

describe("zero-result searches", () => {
  let database: TestDatabase;
  let prisma: PrismaClient;
  before(async () => {
    database = await createTestDatabase();
    await migrateDatabase(database.url);
    prisma = createPrismaClient(database.url, 2);
  });
  after(async () => {
    await prisma?.$disconnect();
    await database?.drop();
  });

  it("are counted per normalised query, locale and day, and nothing else", async () => {
    const day = new Date("2026-11-25T10:00:00Z");
    await recordSearchMiss(prisma, "  Visa   for PLUMBERS ", "en", day);
    await recordSearchMiss(prisma, "visa for plumbers", "en", day);
    await recordSearchMiss(prisma, "visa for plumbers", "fr", day);
    await recordSearchMiss(prisma, "visa for plumbers", "en", new Date("2026-11-26T01:00:00Z"));
    await recordSearchMiss(prisma, "   ", "en", day);
    const rows = await prisma.searchMiss.findMany({ orderBy: [{ locale: "asc" }, { day: "asc" }] });
    assert.deepEqual(rows.map((r) => [r.query, r.locale, r.day.toISOString().slice(0, 10), r.count]), [
      ["visa for plumbers", "en", "2026-11-25", 2],
      ["visa for plumbers", "en", "2026-11-26", 1],
      ["visa for plumbers", "fr", "2026-11-25", 1],
    ]);
    assert.deepEqual(Object.keys(rows[0]!).sort(), ["count", "day", "locale", "query"]);
  });

  it("are listed for editors, most frequent first", async () => {
    const top = await topSearchMisses(prisma, 3650);
    assert.deepEqual(top.map((row) => [row.query, row.locale, row._sum.count]), [["visa for plumbers", "en", 3], ["visa for plumbers", "fr", 1]]);
  });
});
