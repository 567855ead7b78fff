// Rate limits shared through PostgreSQL: two web instances (two pools, two limiter objects) count into one bucket,
// and a limit whose database is unreachable still holds in memory instead of failing or refusing everyone.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Pool } from "pg";
import { createRateLimitPool, searchLimitRule, SharedLimit } from "@/lib/http/rate-limit";
import { freePort } from "@/lib/process/child";
import { migratedDatabaseForSuite } from "@/tests/support/database";

describe("shared rate limits", () => {
  const database = migratedDatabaseForSuite();
  const pools: Pool[] = [];
  const pool = () => {
    const created = createRateLimitPool(database.url);
    pools.push(created);
    return created;
  };
  let instanceA: SharedLimit;
  let instanceB: SharedLimit;

  before(() => {
    instanceA = new SharedLimit(pool(), searchLimitRule(10));
    instanceB = new SharedLimit(pool(), searchLimitRule(10));
  });
  after(async () => {
    await Promise.all(pools.map((p) => p.end()));
  });

  it("counts the search requests of one address across two instances", async () => {
    const waits: number[] = [];
    for (let i = 0; i < 10; i += 1) waits.push(await (i % 2 ? instanceB : instanceA).take("198.51.100.20"));
    assert.deepEqual(waits, Array(10).fill(0), "ten requests (five on each instance) are allowed");
    const overA = await instanceA.take("198.51.100.20");
    const overB = await instanceB.take("198.51.100.20");
    assert.ok(overA > 0 && overA <= 60, `the 11th request waits for the rest of the minute (${overA} s)`);
    assert.ok(overB > 0, "and so does the 12th, on the other instance");
    assert.equal(await instanceB.take("198.51.100.21"), 0, "another address has its own bucket");
    const { rows } = await pools[0]!.query<{ points: number }>(`SELECT points FROM "RateLimit" WHERE key = 'search:198.51.100.20'`);
    assert.equal(rows[0]?.points, 12, "the count lives in PostgreSQL");
  });

  it("keeps limiting in memory while PostgreSQL is unreachable, and lets requests through up to the limit", async () => {
    const unreachable = createRateLimitPool(`postgresql://postgres@127.0.0.1:${await freePort()}/none`);
    pools.push(unreachable);
    const limit = new SharedLimit(unreachable, searchLimitRule(3));
    const waits = [];
    for (let i = 0; i < 4; i += 1) waits.push(await limit.take("198.51.100.30"));
    assert.deepEqual(waits.slice(0, 3), [0, 0, 0], "search stays open while the store is down");
    assert.ok(waits[3]! > 0, "but the per-address limit still holds in this instance");
  });
});
