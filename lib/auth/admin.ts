// Account management for admins: create (with a one-time password), change role, disable, reset a second factor, and
// whether editors must use one. Each step is audited.
import { z } from "zod";
import type { PrismaClient } from "@/lib/db/prisma";
import { createUser, emailSchema } from "./accounts";
import { mutation } from "./mutation";
import { generatePassword, hashPassword, MIN_PASSWORD_LENGTH, verifyPassword } from "./password";
import { EDITOR_POLICY_KEY, secondFactorPolicies } from "./policy";
import { AccessError, authorize, roles, type Actor } from "./roles";

export const createUserInput = z.object({ email: emailSchema, role: z.enum(roles, { error: "must be editor, reviewer or admin" }) });
export const setRoleInput = z.object({
  userId: z.uuid("must be an account id"),
  role: z.enum(roles, { error: "must be editor, reviewer or admin" }),
});
export const setDisabledInput = z.object({
  userId: z.uuid("must be an account id"),
  // "true"/"false" from a form, or a boolean already read.
  disabled: z.union([z.boolean(), z.enum(["true", "false"]).transform((value) => value === "true")]),
});
export const userIdInput = z.object({ userId: z.uuid("must be an account id") });
export const editorPolicyInput = z.object({ policy: z.enum(secondFactorPolicies) });
export const changePasswordInput = z.object({
  current: z.string().min(1, "enter your current password").max(200),
  next: z.string().min(MIN_PASSWORD_LENGTH, `must be at least ${MIN_PASSWORD_LENGTH} characters`).max(200),
});

export async function adminCreateUser(prisma: PrismaClient, actor: Actor | null, raw: z.input<typeof createUserInput>) {
  authorize(actor, "manageUsers");
  const input = createUserInput.parse(raw);
  const password = generatePassword();
  try {
    const user = await createUser(prisma, { ...input, password }, { oneTime: true });
    await prisma.auditEntry.create({ data: { actorId: actor.id, action: "create-user", subject: user.email, detail: user.role } });
    return { user, password };
  } catch (error) {
    if ((error as { code?: string }).code === "P2002") throw new AccessError(409, "accountExists", { email: input.email });
    throw error;
  }
}

async function otherAccount(prisma: PrismaClient, actor: Actor, userId: string) {
  if (userId === actor.id) throw new AccessError(409, "ownAccount");
  const user = await prisma.user.findUnique({ where: { id: userId }, select: { id: true, email: true } });
  if (!user) throw new AccessError(404, "noAccount");
  return user;
}

export async function adminSetRole(prisma: PrismaClient, actor: Actor | null, raw: z.input<typeof setRoleInput>) {
  authorize(actor, "manageUsers");
  const input = setRoleInput.parse(raw);
  const user = await otherAccount(prisma, actor, input.userId);
  await prisma.$transaction([
    prisma.user.update({ where: { id: user.id }, data: { role: input.role } }),
    prisma.auditEntry.create({ data: { actorId: actor.id, action: "set-role", subject: user.email, detail: input.role } }),
  ]);
}

export async function adminSetDisabled(prisma: PrismaClient, actor: Actor | null, raw: z.input<typeof setDisabledInput>) {
  authorize(actor, "manageUsers");
  const input = setDisabledInput.parse(raw);
  const user = await otherAccount(prisma, actor, input.userId);
  await prisma.$transaction([
    prisma.user.update({ where: { id: user.id }, data: { disabled: input.disabled } }),
    // Disabling signs the account out everywhere.
    ...(input.disabled ? [prisma.session.deleteMany({ where: { userId: user.id } })] : []),
    prisma.auditEntry.create({ data: { actorId: actor.id, action: input.disabled ? "disable-user" : "enable-user", subject: user.email } }),
  ]);
}

/**
 * For a lost phone without recovery codes: the account's second factor, recovery codes, sessions and pending sign-ins
 * are removed; its next sign-in enrols a new authenticator app.
 */
export async function adminResetSecondFactor(prisma: PrismaClient, actor: Actor | null, raw: z.input<typeof userIdInput>) {
  authorize(actor, "manageUsers");
  const user = await otherAccount(prisma, actor, userIdInput.parse(raw).userId);
  await prisma.$transaction([
    prisma.user.update({ where: { id: user.id }, data: { totpSecret: null, totpEnabledAt: null, totpLastStep: null } }),
    prisma.recoveryCode.deleteMany({ where: { userId: user.id } }),
    prisma.session.deleteMany({ where: { userId: user.id } }),
    prisma.pendingSignIn.deleteMany({ where: { userId: user.id } }),
    prisma.auditEntry.create({ data: { actorId: actor.id, action: "reset-second-factor", subject: user.email } }),
  ]);
}

/** Whether editors must sign in with a second factor (reviewers and admins always must). */
export async function adminSetEditorPolicy(prisma: PrismaClient, actor: Actor | null, raw: z.input<typeof editorPolicyInput>) {
  authorize(actor, "manageUsers");
  const { policy } = editorPolicyInput.parse(raw);
  await prisma.$transaction([
    prisma.setting.upsert({
      where: { key: EDITOR_POLICY_KEY },
      create: { key: EDITOR_POLICY_KEY, value: policy },
      update: { value: policy },
    }),
    prisma.auditEntry.create({ data: { actorId: actor.id, action: "set-editor-second-factor", subject: "editors", detail: policy } }),
  ]);
}

export async function changePassword(prisma: PrismaClient, actor: Actor | null, raw: z.input<typeof changePasswordInput>) {
  authorize(actor, "view");
  const input = changePasswordInput.parse(raw);
  const user = await prisma.user.findUniqueOrThrow({ where: { id: actor.id }, select: { passwordHash: true } });
  if (!(await verifyPassword(user.passwordHash, input.current))) throw new AccessError(422, "wrongPassword");
  if (input.next === input.current) throw new AccessError(422, "samePassword");
  await prisma.$transaction([
    prisma.user.update({ where: { id: actor.id }, data: { passwordHash: await hashPassword(input.next), mustChangePassword: false } }),
    prisma.auditEntry.create({ data: { actorId: actor.id, action: "change-password", subject: actor.email } }),
  ]);
}

/** The admins' and every account's own mutations, run as server actions by app/admin/actions.ts. */
export const accountMutations = {
  createUser: mutation("manageUsers", createUserInput, async (input, { prisma, actor }) => {
    const { user, password } = await adminCreateUser(prisma, actor, input);
    return { notice: { key: "userCreated", values: { role: user.role, email: user.email } }, data: { email: user.email, password } };
  }),
  setRole: mutation("manageUsers", setRoleInput, async (input, { prisma, actor }) => {
    await adminSetRole(prisma, actor, input);
    return { redirect: "/admin/users" };
  }),
  setDisabled: mutation("manageUsers", setDisabledInput, async (input, { prisma, actor }) => {
    await adminSetDisabled(prisma, actor, input);
    return { redirect: "/admin/users" };
  }),
  resetSecondFactor: mutation("manageUsers", userIdInput, async (input, { prisma, actor }) => {
    await adminResetSecondFactor(prisma, actor, input);
    return { redirect: "/admin/users" };
  }),
  setEditorPolicy: mutation("manageUsers", editorPolicyInput, async (input, { prisma, actor }) => {
    await adminSetEditorPolicy(prisma, actor, input);
    return { redirect: "/admin/users" };
  }),
  changePassword: mutation("view", changePasswordInput, async (input, { prisma, actor }) => {
    await changePassword(prisma, actor, input);
    return { redirect: "/admin?notice=password" };
  }),
};
