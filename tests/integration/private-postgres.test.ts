import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { after, before, describe, it } from "node:test";
import pg from "pg";
import { startPrivatePostgres, type PrivatePostgres } from "@/tests/support/private-postgres";

/** Runs one query on a new connection, so each call sees the server as it is now. */
async function queryOnce(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000, query_timeout: 3000 });
  client.on("error", () => {}); // a server that goes away mid-query rejects the query; the event must not crash the test
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end().catch(() => {});
  }
}

describe("a private PostgreSQL cluster for outage tests", () => {
  let server: PrivatePostgres;

  before(async () => {
    server = await startPrivatePostgres();
  });
  after(async () => {
    await server?.destroy();
  });

  it("serves PostgreSQL 15 on its own port, not the shared server's", async () => {
    assert.match(server.url, /^postgresql:\/\/postgres@127\.0\.0\.1:\d+\/postgres$/);
    assert.notEqual(server.port, 5432);
    const [row] = await queryOnce(server.url, "SHOW server_version_num");
    assert.match(row.server_version_num, /^15\d{4}$/);
    await queryOnce(server.url, "CREATE TABLE survivor (note text); INSERT INTO survivor VALUES ('kept across a restart')");
  });

  it("refuses queries while stopped, on an open connection and on a new one", async () => {
    const open = new pg.Client({ connectionString: server.url, connectionTimeoutMillis: 3000 });
    // `on`, not `once`: the server's FATAL message and the closed socket may each be reported.
    const broken = new Promise<Error>((resolve) => open.on("error", resolve));
    await open.connect();
    await server.stop();
    // The immediate shutdown ends the session: the client reports the broken connection, and a query then fails.
    assert.ok((await broken) instanceof Error);
    await assert.rejects(open.query("SELECT 1"));
    await open.end().catch(() => {});
    await assert.rejects(queryOnce(server.url, "SELECT 1"), /ECONNREFUSED/);
  });

  it("answers again after start, with the data written before the stop", async () => {
    await server.start();
    assert.deepEqual(await queryOnce(server.url, "SELECT note FROM survivor"), [{ note: "kept across a restart" }]);
  });

  it("leaves nothing behind once destroyed", async () => {
    await server.destroy();
    assert.equal(existsSync(server.dir), false);
    await assert.rejects(queryOnce(server.url, "SELECT 1"), /ECONNREFUSED/);
  });
});
