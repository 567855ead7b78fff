// Accounts, sessions and sign-in with a rate limit on failures (per account and per client address), shared by every
// web instance (lib/http/rate-limit.ts).
import { createHash, randomBytes } from "node:crypto";
import type { Pool } from "pg";
import { z } from "zod";
import type { PrismaClient } from "@/lib/db/prisma";
import { SharedLimit } from "@/lib/http/rate-limit";
import { dummyHash, hashPassword, MIN_PASSWORD_LENGTH, verifyPassword } from "./password";
import { roles, type Actor } from "./roles";

export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;
export const LOGIN_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_ADDRESS = 30;

export const emailSchema = z.string().trim().toLowerCase().pipe(z.email("must be an email address")).pipe(z.string().max(254));
export const newUserSchema = z.object({
  email: emailSchema,
  role: z.enum(roles, { error: "must be editor, reviewer or admin" }),
  password: z.string().min(MIN_PASSWORD_LENGTH, `must be at least ${MIN_PASSWORD_LENGTH} characters`).max(200),
});

const actorSelect = { id: true, email: true, role: true, mustChangePassword: true } as const;

/** `oneTime`: the password was generated and shown once; the account must change it before doing anything else. */
export async function createUser(prisma: PrismaClient, input: z.input<typeof newUserSchema>, { oneTime = false } = {}): Promise<Actor> {
  const { email, role, password } = newUserSchema.parse(input);
  return prisma.user.create({
    data: { email, role, passwordHash: await hashPassword(password), mustChangePassword: oneTime },
    select: actorSelect,
  });
}

export type SignInResult = { ok: true; token: string; actor: Actor } | { ok: false; reason: "invalid" | "throttled" };

/** Failed sign-ins counted per account and per client address, over LOGIN_WINDOW_MS. */
export interface SignInLimits {
  account: SharedLimit;
  address: SharedLimit;
}

export function signInLimits(pool: Pool): SignInLimits {
  const windowSeconds = LOGIN_WINDOW_MS / 1000;
  return {
    account: new SharedLimit(pool, { name: "sign-in-account", points: MAX_FAILURES_PER_ACCOUNT, windowSeconds }),
    address: new SharedLimit(pool, { name: "sign-in-address", points: MAX_FAILURES_PER_ADDRESS, windowSeconds }),
  };
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
    select: { ...actorSelect, passwordHash: true, disabled: true },
  });
  const valid = await verifyPassword(user?.passwordHash ?? (await dummyHash()), input.password.slice(0, 200));
  if (!user || !valid || user.disabled) {
    await Promise.all([limits.account.record(email), limits.address.record(address)]);
    return { ok: false, reason: "invalid" };
  }
  const token = randomBytes(32).toString("base64url");
  await limits.account.reset(email);
  await prisma.$transaction([
    prisma.session.create({ data: { id: sessionId(token), userId: user.id, expiresAt: new Date(now.getTime() + SESSION_TTL_MS) } }),
    // Keeps the table small: sessions past their expiry are of no use to anyone.
    prisma.session.deleteMany({ where: { expiresAt: { lt: now } } }),
    prisma.auditEntry.create({ data: { actorId: user.id, action: "sign-in", subject: user.email } }),
  ]);
  return { ok: true, token, actor: { id: user.id, email: user.email, role: user.role, mustChangePassword: user.mustChangePassword } };
}

function sessionId(token: string) {
  return createHash("sha256").update(token).digest("hex");
}

/** The signed-in account for a session cookie's token, or null (unknown, expired or disabled). */
export async function actorForToken(prisma: PrismaClient, token: string | undefined, now = new Date()): Promise<Actor | null> {
  if (!token || token.length > 100) return null;
  const session = await prisma.session.findUnique({
    where: { id: sessionId(token) },
    select: { expiresAt: true, user: { select: { ...actorSelect, disabled: true } } },
  });
  if (!session || session.expiresAt <= now || session.user.disabled) return null;
  const { disabled: _disabled, ...actor } = session.user;
  return actor;
}

export async function signOut(prisma: PrismaClient, token: string | undefined) {
  if (token) await prisma.session.deleteMany({ where: { id: sessionId(token) } });
}
