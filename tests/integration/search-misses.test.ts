import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { recordSearchMiss, topSearchMisses } from "@/lib/search/misses";
import { migratedDatabaseForSuite } from "@/tests/support/database";

describe("zero-result searches", () => {
  const database = migratedDatabaseForSuite();

  it("are counted per normalised query, locale and day, and nothing else", async () => {
    const day = new Date("2026-11-25T10:00:00Z");
    await recordSearchMiss(database.prisma, "  Visa   for PLUMBERS ", "en", day);
    await recordSearchMiss(database.prisma, "visa for plumbers", "en", day);
    await recordSearchMiss(database.prisma, "visa for plumbers", "fr", day);
    await recordSearchMiss(database.prisma, "visa for plumbers", "en", new Date("2026-11-26T01:00:00Z"));
    await recordSearchMiss(database.prisma, "   ", "en", day);
    const rows = await database.prisma.searchMiss.findMany({ orderBy: [{ locale: "asc" }, { day: "asc" }] });
    assert.deepEqual(
      rows.map((r) => [r.query, r.locale, r.day.toISOString().slice(0, 10), r.count]),
      [
        ["visa for plumbers", "en", "2026-11-25", 2],
        ["visa for plumbers", "en", "2026-11-26", 1],
        ["visa for plumbers", "fr", "2026-11-25", 1],
      ],
    );
    assert.deepEqual(Object.keys(rows[0]!).sort(), ["count", "day", "locale", "query"]);
  });

  it("are listed for editors, most frequent first", async () => {
    const top = await topSearchMisses(database.prisma, 3650);
    assert.deepEqual(
      top.map((row) => [row.query, row.locale, row._sum.count]),
      [
        ["visa for plumbers", "en", 3],
        ["visa for plumbers", "fr", 1],
      ],
    );
  });
});
