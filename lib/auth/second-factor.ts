// The second step of signing in, after the password (lib/auth/accounts.ts): a six-digit code from the authenticator
// app or a recovery code, or, for an account without a second factor yet, enrolling one. Failures are limited like
// passwords' (shared counters per account and per client address), a code is accepted once only (the last time step
// used is stored), and the session is created only here, once both steps have passed.
import type { Pool } from "pg";
import { z } from "zod";
import type { PrismaClient } from "@/lib/db/prisma";
import { createSession, failureLimits, PENDING_ENROL_TTL_MS, type FailureLimits } from "./accounts";
import { verifyPassword } from "./password";
import { newRecoveryCodes, normalizeRecoveryCode } from "./recovery-codes";
import type { Actor } from "./roles";
import { newToken, plausibleToken, tokenId } from "./tokens";
import { newTotpSecret, totpStep } from "./totp";

export const codeInput = z.object({ code: z.string().trim().min(1, "enter the code").max(40) });

export type SecondStepLimits = FailureLimits;

export function secondStepLimits(pool: Pool): SecondStepLimits {
  return failureLimits(pool, "second-step");
}

export type SecondStepFailure = { ok: false; reason: "expired" | "invalid" | "throttled" };

const actorSelect = { id: true, email: true, role: true, mustChangePassword: true, disabled: true } as const;

/** The pending sign-in of a cookie's token, unexpired, for an account still enabled; null otherwise. */
export async function pendingSignIn(prisma: PrismaClient, token: string | undefined, now = new Date()) {
  if (!plausibleToken(token)) return null;
  const pending = await prisma.pendingSignIn.findUnique({
    where: { id: tokenId(token) },
    select: { id: true, expiresAt: true, enrolSecret: true, user: { select: { ...actorSelect, totpEnabledAt: true } } },
  });
  if (!pending || pending.expiresAt <= now || pending.user.disabled) return null;
  const { disabled: _disabled, totpEnabledAt, ...actor } = pending.user;
  return { id: pending.id, enrolSecret: pending.enrolSecret, enrolled: totpEnabledAt !== null, actor: actor satisfies Actor };
}

/** Runs `check` unless the account or the address used up its failures; a failure is counted for both. */
async function limited<T extends { ok: boolean }>(
  limits: SecondStepLimits,
  keys: { account: string; address: string },
  check: () => Promise<T>,
): Promise<T | SecondStepFailure> {
  const address = keys.address.slice(0, 100);
  const [accountBlocked, addressBlocked] = await Promise.all([limits.account.exhausted(keys.account), limits.address.exhausted(address)]);
  if (accountBlocked || addressBlocked) return { ok: false, reason: "throttled" };
  const result = await check();
  if (result.ok) await limits.account.reset(keys.account);
  else await Promise.all([limits.account.record(keys.account), limits.address.record(address)]);
  return result;
}

/**
 * Accepts a TOTP code once: the step it belongs to must come after the last step accepted for this account. The
 * compare-and-set is one UPDATE, so two requests racing with the same code cannot both pass.
 */
async function acceptTotp(prisma: PrismaClient, userId: string, code: string, now: Date): Promise<boolean> {
  const user = await prisma.user.findUnique({ where: { id: userId }, select: { totpSecret: true } });
  const step = user?.totpSecret ? totpStep(user.totpSecret, code, now.getTime()) : null;
  if (step === null) return false;
  const { count } = await prisma.user.updateMany({
    where: { id: userId, totpEnabledAt: { not: null }, OR: [{ totpLastStep: null }, { totpLastStep: { lt: step } }] },
    data: { totpLastStep: step },
  });
  return count === 1;
}

/** Accepts an unused recovery code once (marked used in the same UPDATE that checks it is unused). */
async function acceptRecoveryCode(prisma: PrismaClient, userId: string, code: string, now: Date): Promise<boolean> {
  const unused = await prisma.recoveryCode.findMany({ where: { userId, usedAt: null }, select: { id: true, hash: true } });
  const matches = await Promise.all(unused.map((candidate) => verifyPassword(candidate.hash, code)));
  const match = unused[matches.indexOf(true)];
  if (!match) return false;
  const { count } = await prisma.recoveryCode.updateMany({ where: { id: match.id, usedAt: null }, data: { usedAt: now } });
  return count === 1;
}

/** Digits only (spaces allowed: "123 456") for an app's code; otherwise it may be a recovery code. */
function readCode(input: string): { kind: "totp"; code: string } | { kind: "recovery"; code: string } | null {
  const digits = input.replace(/\s/g, "");
  if (/^\d{6}$/.test(digits)) return { kind: "totp", code: digits };
  const recovery = normalizeRecoveryCode(input);
  return recovery ? { kind: "recovery", code: recovery } : null;
}

export type SecondStepResult = { ok: true; token: string; actor: Actor; recoveryCodeUsed: boolean } | SecondStepFailure;

/** The second step for an enrolled account: a code from the app or a recovery code. Creates the session. */
export async function completeSignIn(
  prisma: PrismaClient,
  limits: SecondStepLimits,
  input: { pendingToken: string | undefined; code: string; address: string },
  now = new Date(),
): Promise<SecondStepResult> {
  const pending = await pendingSignIn(prisma, input.pendingToken, now);
  if (!pending || !pending.enrolled) return { ok: false, reason: "expired" };
  const { actor } = pending;
  return limited(limits, { account: actor.id, address: input.address }, async () => {
    const code = readCode(input.code);
    const accepted =
      code?.kind === "totp"
        ? await acceptTotp(prisma, actor.id, code.code, now)
        : code?.kind === "recovery"
          ? await acceptRecoveryCode(prisma, actor.id, code.code, now)
          : false;
    if (!accepted) return { ok: false, reason: "invalid" } as const;
    await prisma.pendingSignIn.deleteMany({ where: { id: pending.id } });
    const recoveryCodeUsed = code?.kind === "recovery";
    const token = await createSession(prisma, actor, { secondFactor: true, now, detail: recoveryCodeUsed ? "recovery code" : undefined });
    return { ok: true, token, actor, recoveryCodeUsed } as const;
  });
}

export type EnrolResult = { ok: true; token: string; actor: Actor; recoveryCodes: string[] } | SecondStepFailure;

/**
 * Enrolment: the first code from the app proves it holds the pending secret, which then becomes the account's, with
 * ten new recovery codes (returned once, stored hashed). Creates the session.
 */
export async function completeEnrolment(
  prisma: PrismaClient,
  limits: SecondStepLimits,
  input: { pendingToken: string | undefined; code: string; address: string },
  now = new Date(),
): Promise<EnrolResult> {
  const pending = await pendingSignIn(prisma, input.pendingToken, now);
  if (!pending?.enrolSecret || pending.enrolled) return { ok: false, reason: "expired" };
  const { actor, enrolSecret } = pending;
  return limited(limits, { account: actor.id, address: input.address }, async () => {
    const step = totpStep(enrolSecret, input.code.replace(/\s/g, ""), now.getTime());
    if (step === null) return { ok: false, reason: "invalid" } as const;
    const { codes, hashes } = await newRecoveryCodes();
    const enrolled = await prisma.$transaction(async (tx) => {
      const { count } = await tx.user.updateMany({
        where: { id: actor.id, totpEnabledAt: null },
        data: { totpSecret: enrolSecret, totpEnabledAt: now, totpLastStep: step },
      });
      if (count !== 1) return false;
      await tx.recoveryCode.deleteMany({ where: { userId: actor.id } });
      await tx.recoveryCode.createMany({ data: hashes.map((hash) => ({ userId: actor.id, hash })) });
      await tx.pendingSignIn.deleteMany({ where: { userId: actor.id } });
      await tx.auditEntry.create({ data: { actorId: actor.id, action: "enrol-second-factor", subject: actor.email } });
      return true;
    });
    if (!enrolled) return { ok: false, reason: "expired" } as const;
    const token = await createSession(prisma, actor, { secondFactor: true, now });
    return { ok: true, token, actor, recoveryCodes: codes } as const;
  });
}

/** For a signed-in account without a second factor (an editor while it is optional): a pending enrolment. */
export async function startEnrolment(prisma: PrismaClient, actor: Actor, now = new Date()): Promise<string | null> {
  const user = await prisma.user.findUnique({ where: { id: actor.id }, select: { totpEnabledAt: true } });
  if (!user || user.totpEnabledAt) return null;
  const pendingToken = newToken();
  await prisma.pendingSignIn.create({
    data: {
      id: tokenId(pendingToken),
      userId: actor.id,
      enrolSecret: newTotpSecret(),
      expiresAt: new Date(now.getTime() + PENDING_ENROL_TTL_MS),
    },
  });
  return pendingToken;
}

/** Whether an account has a second factor, and how many of its recovery codes are left. */
export async function secondFactorStatus(prisma: PrismaClient, userId: string) {
  const [user, recoveryCodesLeft] = await Promise.all([
    prisma.user.findUnique({ where: { id: userId }, select: { totpEnabledAt: true } }),
    prisma.recoveryCode.count({ where: { userId, usedAt: null } }),
  ]);
  return { enrolledAt: user?.totpEnabledAt ?? null, recoveryCodesLeft };
}
