import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { lastGoodCache } from "@/lib/editorial/last-good";

describe("last good copy of published data", () => {
  it("serves the last answer when the source fails or hangs, and fails when it never answered", async () => {
    const read = lastGoodCache(100);
    assert.equal(await read("germany", async () => "revision 2"), "revision 2");
    assert.equal(await read("germany", async () => Promise.reject(new Error("database down"))), "revision 2");
    const started = Date.now();
    assert.equal(await read("germany", () => new Promise<string>(() => {})), "revision 2");
    assert.ok(Date.now() - started < 1000, "a hanging database does not hold the page");
    await assert.rejects(() => read("denmark", async () => Promise.reject(new Error("database down"))), /database down/);
    assert.equal(await read("germany", async () => "revision 3"), "revision 3", "a fresh answer replaces the copy");
  });
});
