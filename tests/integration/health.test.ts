import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { createPrismaClient, type PrismaClient } from "@/lib/db/prisma";
import { checkHealth } from "@/lib/health";
import { createSearchClient } from "@/lib/search/client";
import { createTestDatabase, type TestDatabase } from "@/tests/support/database";
import { startTestMeilisearch } from "@/tests/support/search";

describe("health", () => {
  let database: TestDatabase;
  let prisma: PrismaClient;
  let meili: Awaited<ReturnType<typeof startTestMeilisearch>>;

  before(async () => {
    [database, meili] = await Promise.all([createTestDatabase(), startTestMeilisearch()]);
    prisma = createPrismaClient(database.url, 2);
  });
  after(async () => {
    await prisma?.$disconnect();
    await meili?.stop();
    await database?.drop();
  });

  const probes = () => {
    const search = createSearchClient({ host: meili.host, apiKey: meili.masterKey, timeoutMs: 1000 });
    return { database: () => prisma.$queryRaw`SELECT 1`, search: () => search.health() };
  };

  it("reports ok when PostgreSQL and Meilisearch answer", async () => {
    assert.deepEqual(await checkHealth(probes(), "test"), { status: "ok", database: "ok", search: "ok", version: "test" });
  });

  it("names the search engine when it is stopped, within the time bound", async () => {
    await meili.stop();
    const started = Date.now();
    const report = await checkHealth(probes(), "test", 1500);
    assert.equal(report.status, "degraded");
    assert.equal(report.search, "unreachable");
    assert.equal(report.database, "ok");
    assert.ok(Date.now() - started < 3000, "answered within 3 s");
  });

  it("names a part that hangs instead of waiting for it", async () => {
    const report = await checkHealth({ database: () => new Promise(() => {}), search: async () => "ok" }, "test", 300);
    assert.equal(report.database, "unreachable");
    assert.equal(report.search, "ok");
  });
});
