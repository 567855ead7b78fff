import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { z } from "zod";
import { formFields, mutation, MutationError, performMutation, type MutationContext } from "@/lib/auth/mutation";
import { AccessError, type Actor } from "@/lib/auth/roles";

const editor: Actor = { id: "e", email: "editor@example.org", role: "editor" };
const reviewer: Actor = { id: "r", email: "reviewer@example.org", role: "reviewer" };
// These mutations never touch the database: the context's client is not used.
const context = (actor: Actor | null): MutationContext => ({ prisma: undefined as never, actor });
const form = (entries: [string, string][]) => {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  return data;
};

describe("formFields", () => {
  it("keeps the last value of a repeated name (a submit button's comes last) and leaves out React's action fields", () => {
    const data = form([
      ["baseRevisionId", "mine"],
      ["$ACTION_REF_1", ""],
      ["$ACTION_KEY", "k1"],
      ["baseRevisionId", "theirs"],
    ]);
    data.append("file", new Blob(["x"]), "x.txt");
    assert.deepEqual(formFields(data), { baseRevisionId: "theirs" });
  });
});

describe("performMutation", () => {
  const calls: string[] = [];
  const rename = mutation("edit", z.object({ name: z.string().trim().min(2) }), async ({ name }) => {
    calls.push(name);
    if (name === "taken") throw new AccessError(409, "accountExists", { email: name });
    if (name === "conflict") throw new MutationError(409, "notSavedConflict", { author: "a", number: 2 }, { bodyErrors: ["line 1"] });
    return { redirect: `/admin/${name}` };
  });

  it("refuses without a session (401) or with the wrong role (403) before reading the input, and runs nothing", async () => {
    assert.deepEqual(await performMutation(rename, context(null), form([])), { ok: false, status: 401, key: "signInFirst", values: {} });
    assert.deepEqual(await performMutation(rename, context(reviewer), form([["name", "ok"]])), {
      ok: false,
      status: 403,
      key: "roleRefused",
      values: {},
    });
    assert.deepEqual(calls, []);
  });

  it("refuses malformed input (400) with the issue under its field", async () => {
    const outcome = await performMutation(rename, context(editor), form([["name", " x "]]));
    assert.ok(!outcome.ok && outcome.status === 400 && outcome.key === "invalidInput");
    assert.equal(outcome.fieldIssues?.name?.code, "too_small");
    assert.deepEqual(calls, []);
  });

  it("runs with the parsed input, and turns refusals thrown by the run into outcomes with their details", async () => {
    assert.deepEqual(await performMutation(rename, context(editor), form([["name", " ana "]])), {
      ok: true,
      result: { redirect: "/admin/ana" },
    });
    assert.deepEqual(await performMutation(rename, context(editor), form([["name", "taken"]])), {
      ok: false,
      status: 409,
      key: "accountExists",
      values: { email: "taken" },
    });
    const conflict = await performMutation(rename, context(editor), form([["name", "conflict"]]));
    assert.ok(!conflict.ok && conflict.key === "notSavedConflict");
    assert.deepEqual(conflict.bodyErrors, ["line 1"]);
    assert.deepEqual(calls, ["ana", "taken", "conflict"]);
  });

  it("lets anyone call a mutation open to anyone, and rethrows what is not a refusal", async () => {
    const open = mutation("anyone", z.object({}), async () => {
      throw new Error("database down");
    });
    await assert.rejects(() => performMutation(open, context(null), form([])), /database down/);
  });
});
