import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { childEnvironment, EnvError, parseEnv, requireVariables } from "@/lib/env";

describe("parseEnv", () => {
  it("applies defaults to an empty environment", () => {
    const env = parseEnv({});
    assert.equal(env.PORT, 3000);
    assert.equal(env.DATA_DIR, ".data");
    assert.equal(env.DATABASE_URL, undefined);
    assert.equal(env.MEILI_TIMEOUT_MS, 1500);
  });

  it("treats empty strings as unset", () => {
    assert.equal(parseEnv({ PORT: "", DATABASE_URL: "" }).PORT, 3000);
  });

  it("names each invalid variable and says what is wrong", () => {
    assert.throws(
      () => parseEnv({ PORT: "eighty", DATABASE_URL: "mysql://x", MEILI_HOST: "http://search:7700" }),
      (error: unknown) => {
        assert.ok(error instanceof EnvError);
        const text = error.message;
        assert.match(text, /PORT/);
        assert.match(text, /DATABASE_URL must start with postgres:\/\/ or postgresql:\/\//);
        assert.equal(error.problems.length, 2);
        return true;
      },
    );
  });

  it("refuses a master key shorter than Meilisearch accepts", () => {
    assert.throws(
      () => parseEnv({ MEILI_HOST: "http://127.0.0.1:7700", MEILI_MASTER_KEY: "short" }),
      /MEILI_MASTER_KEY must be at least 16 characters/,
    );
  });

  it("refuses a search timeout above the 1.5 s budget", () => {
    assert.throws(() => parseEnv({ MEILI_TIMEOUT_MS: "5000" }), /MEILI_TIMEOUT_MS/);
  });

  it("reads TRUSTED_PROXY_HOPS as a small whole number, 0 by default", () => {
    assert.equal(parseEnv({}).TRUSTED_PROXY_HOPS, 0);
    assert.equal(parseEnv({ TRUSTED_PROXY_HOPS: "2" }).TRUSTED_PROXY_HOPS, 2);
    assert.throws(() => parseEnv({ TRUSTED_PROXY_HOPS: "-1" }), /TRUSTED_PROXY_HOPS/);
    assert.throws(() => parseEnv({ TRUSTED_PROXY_HOPS: "one" }), /TRUSTED_PROXY_HOPS must be a whole number/);
  });

  it("names every variable a command needs and lacks, in one error", () => {
    const parsed = parseEnv({ MEILI_HOST: "http://search:7700", MEILI_SEARCH_KEY: "a search key of 16+" });
    assert.throws(
      () => requireVariables(parsed, ["DATABASE_URL", "MEILI_HOST", "MEILI_SEARCH_KEY", "MEILI_WRITE_KEY"], "by the web server"),
      (error: unknown) => {
        assert.ok(error instanceof EnvError);
        assert.deepEqual(error.problems, ["DATABASE_URL is required by the web server", "MEILI_WRITE_KEY is required by the web server"]);
        return true;
      },
    );
  });
});

describe("childEnvironment", () => {
  it("passes this process's environment on less the secrets withheld, or only the variables named", () => {
    process.env.PASSAGE_TEST_SECRET = "secret";
    process.env.PASSAGE_TEST_PLAIN = "plain";
    try {
      const withheld = childEnvironment({ EXTRA: "1" }, { except: ["PASSAGE_TEST_SECRET"] });
      assert.equal(withheld.PASSAGE_TEST_SECRET, undefined);
      assert.equal(withheld.PASSAGE_TEST_PLAIN, "plain");
      assert.equal(withheld.EXTRA, "1");
      assert.equal(process.env.PASSAGE_TEST_SECRET, "secret", "this process keeps it");
      assert.deepEqual(childEnvironment({ EXTRA: "1" }, { only: ["PASSAGE_TEST_PLAIN"] }), { PASSAGE_TEST_PLAIN: "plain", EXTRA: "1" });
    } finally {
      delete process.env.PASSAGE_TEST_SECRET;
      delete process.env.PASSAGE_TEST_PLAIN;
    }
  });
});
