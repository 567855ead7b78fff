// Accounts, sessions and the password step of signing in, with a rate limit on failures (per account and per client
// address) shared by every web instance (lib/http/rate-limit.ts). An account with a second factor, or one that must
// enrol one, gets a pending sign-in instead of a session: lib/auth/second-factor.ts takes it from there.
import type { Pool } from "pg";
import { z } from "zod";
import type { PrismaClient } from "@/lib/db/prisma";
import { SharedLimit } from "@/lib/http/rate-limit";
import { dummyHash, hashPassword, MIN_PASSWORD_LENGTH, verifyPassword } from "./password";
import { secondFactorRequired } from "./policy";
import { roles, type Actor } from "./roles";
import { newToken, plausibleToken, tokenId } from "./tokens";
import { newTotpSecret } from "./totp";

export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;
export const LOGIN_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_ADDRESS = 30;
/** How long the second step may wait after the password: long enough to find the phone, or to scan a QR code. */
export const PENDING_CODE_TTL_MS = 5 * 60 * 1000;
export const PENDING_ENROL_TTL_MS = 15 * 60 * 1000;

export const emailSchema = z.string().trim().toLowerCase().pipe(z.email("must be an email address")).pipe(z.string().max(254));
export const newUserSchema = z.object({
  email: emailSchema,
  role: z.enum(roles, { error: "must be editor, reviewer or admin" }),
  password: z.string().min(MIN_PASSWORD_LENGTH, `must be at least ${MIN_PASSWORD_LENGTH} characters`).max(200),
});

const actorSelect = { id: true, email: true, role: true, mustChangePassword: true } as const;

/**
 * `oneTime`: the password was generated and shown once; the account must change it before doing anything else.
 * `totpSecret`: a second factor enrolled at creation (base32, already checked), for automation and tests.
 */
export async function createUser(
  prisma: PrismaClient,
  input: z.input<typeof newUserSchema>,
  { oneTime = false, totpSecret }: { oneTime?: boolean; totpSecret?: string } = {},
): Promise<Actor> {
  const { email, role, password } = newUserSchema.parse(input);
  return prisma.user.create({
    data: {
      email,
      role,
      passwordHash: await hashPassword(password),
      mustChangePassword: oneTime,
      ...(totpSecret ? { totpSecret, totpEnabledAt: new Date() } : {}),
    },
    select: actorSelect,
  });
}

/**
 * After a right password: a session (no second factor needed), or a pending sign-in whose token leads to the second
 * step, "code" for an enrolled account and "enrol" for one that must set up its authenticator app first.
 */
export type SignInResult =
  | { ok: true; step: "session"; token: string; actor: Actor }
  | { ok: true; step: "code" | "enrol"; pendingToken: string }
  | { ok: false; reason: "invalid" | "throttled" };

/** Failures of one sign-in step (the password, the second step) counted per account and per client address, over LOGIN_WINDOW_MS. */
export interface FailureLimits {
  account: SharedLimit;
  address: SharedLimit;
}
export type SignInLimits = FailureLimits;

export function failureLimits(pool: Pool, step: "sign-in" | "second-step"): FailureLimits {
  const windowSeconds = LOGIN_WINDOW_MS / 1000;
  return {
    account: new SharedLimit(pool, { name: `${step}-account`, points: MAX_FAILURES_PER_ACCOUNT, windowSeconds }),
    address: new SharedLimit(pool, { name: `${step}-address`, points: MAX_FAILURES_PER_ADDRESS, windowSeconds }),
  };
}

export function signInLimits(pool: Pool): SignInLimits {
  return failureLimits(pool, "sign-in");
}

/** Checks the password unless too many recent failures for this account or address; a failure is recorded for both. */
export async function signIn(
  prisma: PrismaClient,
  limits: SignInLimits,
  input: { email: string; password: string; address: string },
  now = new Date(),
): Promise<SignInResult> {
  const email = emailSchema.safeParse(input.email).success
    ? emailSchema.parse(input.email)
    : input.email.trim().toLowerCase().slice(0, 254);
  const address = input.address.slice(0, 100);
  const [accountBlocked, addressBlocked] = await Promise.all([limits.account.exhausted(email), limits.address.exhausted(address)]);
  if (accountBlocked || addressBlocked) return { ok: false, reason: "throttled" };

  const user = await prisma.user.findUnique({
    where: { email },
    select: { ...actorSelect, passwordHash: true, disabled: true, totpEnabledAt: true },
  });
  const valid = await verifyPassword(user?.passwordHash ?? (await dummyHash()), input.password.slice(0, 200));
  if (!user || !valid || user.disabled) {
    await Promise.all([limits.account.record(email), limits.address.record(address)]);
    return { ok: false, reason: "invalid" };
  }
  await limits.account.reset(email);
  const actor = { id: user.id, email: user.email, role: user.role, mustChangePassword: user.mustChangePassword };
  const enrolled = user.totpEnabledAt !== null;
  if (!enrolled && !(await secondFactorRequired(prisma, user.role)))
    return { ok: true, step: "session", token: await createSession(prisma, actor, { secondFactor: false, now }), actor };

  const pendingToken = newToken();
  await prisma.$transaction([
    prisma.pendingSignIn.create({
      data: {
        id: tokenId(pendingToken),
        userId: user.id,
        // The secret being enrolled becomes the account's only once a code from it is confirmed.
        enrolSecret: enrolled ? null : newTotpSecret(),
        expiresAt: new Date(now.getTime() + (enrolled ? PENDING_CODE_TTL_MS : PENDING_ENROL_TTL_MS)),
      },
    }),
    prisma.pendingSignIn.deleteMany({ where: { expiresAt: { lt: now } } }),
  ]);
  return { ok: true, step: enrolled ? "code" : "enrol", pendingToken };
}

/** A new session for `actor`, audited as a sign-in; returns the cookie's token. */
export async function createSession(
  prisma: PrismaClient,
  actor: Actor,
  { secondFactor, now = new Date(), detail }: { secondFactor: boolean; now?: Date; detail?: string },
): Promise<string> {
  const token = newToken();
  await prisma.$transaction([
    prisma.session.create({
      data: { id: tokenId(token), userId: actor.id, secondFactor, expiresAt: new Date(now.getTime() + SESSION_TTL_MS) },
    }),
    // Keeps the table small: sessions past their expiry are of no use to anyone.
    prisma.session.deleteMany({ where: { expiresAt: { lt: now } } }),
    prisma.auditEntry.create({ data: { actorId: actor.id, action: "sign-in", subject: actor.email, detail } }),
  ]);
  return token;
}

/**
 * The signed-in account for a session cookie's token, or null: unknown, expired, disabled, or made without a second
 * factor for an account whose role now needs one (an editor made reviewer, or editors' second factor required again).
 */
export async function actorForToken(prisma: PrismaClient, token: string | undefined, now = new Date()): Promise<Actor | null> {
  if (!plausibleToken(token)) return null;
  const session = await prisma.session.findUnique({
    where: { id: tokenId(token) },
    select: { expiresAt: true, secondFactor: true, user: { select: { ...actorSelect, disabled: true } } },
  });
  if (!session || session.expiresAt <= now || session.user.disabled) return null;
  if (!session.secondFactor && (await secondFactorRequired(prisma, session.user.role))) return null;
  const { disabled: _disabled, ...actor } = session.user;
  return actor;
}

export async function signOut(prisma: PrismaClient, token: string | undefined) {
  if (plausibleToken(token)) await prisma.session.deleteMany({ where: { id: tokenId(token) } });
}
