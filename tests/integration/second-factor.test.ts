// Two-factor sign-in on a real PostgreSQL: no session before the second step, codes accepted once, recovery codes
// single-use and hashed, the shared limit on wrong codes, enrolment, who may skip it, and an admin's reset.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Pool } from "pg";
import { actorForToken, createUser, MAX_FAILURES_PER_ACCOUNT, signIn, signInLimits, type SignInLimits } from "@/lib/auth/accounts";
import { adminResetSecondFactor, adminSetEditorPolicy, adminSetRole } from "@/lib/auth/admin";
import { normalizeRecoveryCode } from "@/lib/auth/recovery-codes";
import type { Actor } from "@/lib/auth/roles";
import { completeEnrolment, completeSignIn, secondStepLimits, type SecondStepLimits } from "@/lib/auth/second-factor";
import { newTotpSecret, totpCode } from "@/lib/auth/totp";
import { createRateLimitPool } from "@/lib/http/rate-limit";
import { migratedDatabaseForSuite } from "@/tests/support/database";

const PASSWORD = "a long enough password";
const STEP_MS = 30_000;

describe("two-factor sign-in", () => {
  const database = migratedDatabaseForSuite(3);
  let pool: Pool;
  let limits: SignInLimits;
  let codeLimits: SecondStepLimits;
  let admin: Actor;
  const secret = newTotpSecret();
  let address = 0;
  /** A new client address for each call, so the per-address limits stay out of the way unless a test wants them. */
  const nextAddress = () => `192.0.2.${(address += 1)}`;

  before(async () => {
    pool = createRateLimitPool(database.url);
    limits = signInLimits(pool);
    codeLimits = secondStepLimits(pool);
    admin = await createUser(
      database.prisma,
      { email: "admin@example.org", role: "admin", password: PASSWORD },
      { totpSecret: newTotpSecret() },
    );
    await createUser(database.prisma, { email: "reviewer@example.org", role: "reviewer", password: PASSWORD }, { totpSecret: secret });
  });
  after(async () => {
    await pool.end();
  });

  const passwordStep = async (email: string) => {
    const result = await signIn(database.prisma, limits, { email, password: PASSWORD, address: nextAddress() });
    assert.ok(result.ok, `${email}: the password is right`);
    return result;
  };
  const secondStep = (pendingToken: string, code: string, now = new Date()) =>
    completeSignIn(database.prisma, codeLimits, { pendingToken, code, address: nextAddress() }, now);

  it("creates no session after the password alone; the right code does, once", async () => {
    const sessionsBefore = await database.prisma.session.count();
    const first = await passwordStep("reviewer@example.org");
    assert.ok(first.step === "code");
    assert.equal(await database.prisma.session.count(), sessionsBefore, "no session yet");
    assert.equal(await actorForToken(database.prisma, first.pendingToken), null, "the pending token is no session");

    const wrong = String((Number(totpCode(secret)) + 1) % 1_000_000).padStart(6, "0");
    assert.deepEqual(await secondStep(first.pendingToken, wrong), { ok: false, reason: "invalid" });
    const now = Date.now();
    const code = totpCode(secret, now);
    const done = await secondStep(first.pendingToken, code, new Date(now));
    assert.ok(done.ok && !done.recoveryCodeUsed);
    assert.equal((await actorForToken(database.prisma, done.token))?.email, "reviewer@example.org");
    assert.deepEqual(await secondStep(first.pendingToken, code), { ok: false, reason: "expired" }, "a pending sign-in is used once");

    // The same code again, on a new sign-in inside its 30 seconds: refused; the next step's code is accepted.
    const second = await passwordStep("reviewer@example.org");
    assert.ok(second.step === "code");
    assert.deepEqual(await secondStep(second.pendingToken, code, new Date(now)), { ok: false, reason: "invalid" });
    const next = await secondStep(second.pendingToken, totpCode(secret, now + STEP_MS), new Date(now));
    assert.ok(next.ok, "the next time step's code");
  });

  it("refuses a pending sign-in after it expires", async () => {
    const result = await passwordStep("reviewer@example.org");
    assert.ok(result.step === "code");
    const later = new Date(Date.now() + 6 * 60 * 1000);
    assert.deepEqual(await secondStep(result.pendingToken, totpCode(secret, later.getTime()), later), { ok: false, reason: "expired" });
  });

  it("enrols a reviewer without a second factor: a wrong code changes nothing, the right one gives ten hashed recovery codes", async () => {
    await createUser(database.prisma, { email: "new-reviewer@example.org", role: "reviewer", password: PASSWORD });
    const result = await passwordStep("new-reviewer@example.org");
    assert.ok(result.step === "enrol");
    const { enrolSecret } = await database.prisma.pendingSignIn.findFirstOrThrow({
      where: { user: { email: "new-reviewer@example.org" } },
      select: { enrolSecret: true },
    });
    const enrol = (code: string) =>
      completeEnrolment(database.prisma, codeLimits, { pendingToken: result.pendingToken, code, address: nextAddress() });
    assert.deepEqual(await enrol(totpCode(newTotpSecret())), { ok: false, reason: "invalid" }, "a code from another secret");
    const user = () =>
      database.prisma.user.findUniqueOrThrow({
        where: { email: "new-reviewer@example.org" },
        select: { id: true, totpSecret: true, totpEnabledAt: true },
      });
    assert.equal((await user()).totpEnabledAt, null);
    assert.equal(await database.prisma.session.count({ where: { user: { email: "new-reviewer@example.org" } } }), 0);

    const enrolled = await enrol(totpCode(enrolSecret!));
    assert.ok(enrolled.ok);
    assert.equal(enrolled.recoveryCodes.length, 10);
    assert.equal(new Set(enrolled.recoveryCodes).size, 10);
    assert.equal((await user()).totpSecret, enrolSecret);
    const stored = await database.prisma.recoveryCode.findMany({ where: { userId: (await user()).id }, select: { hash: true } });
    assert.equal(stored.length, 10);
    for (const { hash } of stored) assert.match(hash, /^\$argon2id\$/);
    const defaultRead = await database.prisma.recoveryCode.findFirstOrThrow();
    assert.equal("hash" in defaultRead, false, "hashes are left out of default reads");
    assert.ok(!stored.some(({ hash }) => enrolled.recoveryCodes.some((code) => hash.includes(normalizeRecoveryCode(code)!))));
    assert.ok(await actorForToken(database.prisma, enrolled.token));

    // A recovery code signs in once; the second time it is refused.
    const [recovery] = enrolled.recoveryCodes;
    const again = await passwordStep("new-reviewer@example.org");
    assert.ok(again.step === "code");
    const recovered = await secondStep(again.pendingToken, recovery!.toUpperCase().replace(/-/g, " "));
    assert.ok(recovered.ok && recovered.recoveryCodeUsed);
    const third = await passwordStep("new-reviewer@example.org");
    assert.ok(third.step === "code");
    assert.deepEqual(await secondStep(third.pendingToken, recovery!), { ok: false, reason: "invalid" });
    assert.equal(await database.prisma.recoveryCode.count({ where: { userId: (await user()).id, usedAt: null } }), 9);
  });

  it("limits wrong codes per account: after five, even the right code is refused", async () => {
    const email = "guessed@example.org";
    const guessedSecret = newTotpSecret();
    await createUser(database.prisma, { email, role: "editor", password: PASSWORD }, { totpSecret: guessedSecret });
    const result = await passwordStep(email);
    assert.ok(result.step === "code");
    for (let attempt = 0; attempt < MAX_FAILURES_PER_ACCOUNT; attempt += 1)
      assert.deepEqual(await secondStep(result.pendingToken, "000000"), { ok: false, reason: "invalid" });
    assert.deepEqual(await secondStep(result.pendingToken, totpCode(guessedSecret)), { ok: false, reason: "throttled" });
  });

  it("lets editors skip it only while an admin allows it, and never reviewers", async () => {
    const editor = await createUser(database.prisma, { email: "editor@example.org", role: "editor", password: PASSWORD });
    assert.equal((await passwordStep("editor@example.org")).step, "enrol", "required for editors by default");

    await adminSetEditorPolicy(database.prisma, admin, { policy: "optional" });
    const relaxed = await passwordStep("editor@example.org");
    assert.ok(relaxed.step === "session", "an editor without a second factor signs in with the password");
    assert.ok(await actorForToken(database.prisma, relaxed.token));
    // Made a reviewer, the same session grants nothing any more.
    await adminSetRole(database.prisma, admin, { userId: editor.id, role: "reviewer" });
    assert.equal(await actorForToken(database.prisma, relaxed.token), null);
    assert.equal((await passwordStep("editor@example.org")).step, "enrol");
    await adminSetRole(database.prisma, admin, { userId: editor.id, role: "editor" });
    assert.ok(await actorForToken(database.prisma, relaxed.token));
    // Required again for editors: the session made without it ends too.
    await adminSetEditorPolicy(database.prisma, admin, { policy: "required" });
    assert.equal(await actorForToken(database.prisma, relaxed.token), null);
    const audit = await database.prisma.auditEntry.findMany({ where: { action: "set-editor-second-factor" }, orderBy: { at: "asc" } });
    assert.deepEqual(
      audit.map((entry) => entry.detail),
      ["optional", "required"],
    );
  });

  it("an admin's reset removes the second factor, recovery codes and sessions, audited; the next sign-in enrols", async () => {
    const user = await database.prisma.user.findUniqueOrThrow({ where: { email: "new-reviewer@example.org" }, select: { id: true } });
    assert.ok((await database.prisma.session.count({ where: { userId: user.id } })) > 0);
    await adminResetSecondFactor(database.prisma, admin, { userId: user.id });
    const after = await database.prisma.user.findUniqueOrThrow({
      where: { id: user.id },
      select: { totpSecret: true, totpEnabledAt: true },
    });
    assert.deepEqual(after, { totpSecret: null, totpEnabledAt: null });
    assert.equal(await database.prisma.recoveryCode.count({ where: { userId: user.id } }), 0);
    assert.equal(await database.prisma.session.count({ where: { userId: user.id } }), 0);
    const entry = await database.prisma.auditEntry.findFirstOrThrow({ where: { action: "reset-second-factor" } });
    assert.equal(entry.subject, "new-reviewer@example.org");
    assert.equal(entry.actorId, admin.id);
    assert.equal((await passwordStep("new-reviewer@example.org")).step, "enrol");
  });

  it("leaves the secrets out of every default read", async () => {
    const user = await database.prisma.user.findUniqueOrThrow({ where: { email: "reviewer@example.org" } });
    assert.equal("totpSecret" in user, false);
    const pending = await database.prisma.pendingSignIn.findFirstOrThrow();
    assert.equal("enrolSecret" in pending, false);
  });
});
