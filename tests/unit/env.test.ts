import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { EnvError, parseEnv } from "@/lib/env";

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
        assert.match(text, /MEILI_MASTER_KEY is required when MEILI_HOST is set/);
        assert.equal(error.problems.length, 3);
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
});
