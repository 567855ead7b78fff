// Account management for admins: create (with a one-time password), change role, disable. Each step is audited.
import { z } from "zod";
import type { PrismaClient } from "@/lib/db/prisma";
import { createUser, emailSchema } from "./accounts";
import { generatePassword, hashPassword, MIN_PASSWORD_LENGTH, verifyPassword } from "./password";
import { AccessError, authorize, roles, type Actor } from "./roles";

export const createUserInput = z.object({ email: emailSchema, role: z.enum(roles, { error: "must be editor, reviewer or admin" }) });
export const setRoleInput = z.object({
  userId: z.uuid("must be an account id"),
  role: z.enum(roles, { error: "must be editor, reviewer or admin" }),
});
export const setDisabledInput = z.object({
  userId: z.uuid("must be an account id"),
  disabled: z.enum(["true", "false"]).transform((value) => value === "true"),
});
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
    if ((error as { code?: string }).code === "P2002") throw new AccessError(409, `An account for ${input.email} already exists.`);
    throw error;
  }
}

async function otherAccount(prisma: PrismaClient, actor: Actor, userId: string) {
  if (userId === actor.id) throw new AccessError(409, "You cannot change your own role or access: ask another admin.");
  const user = await prisma.user.findUnique({ where: { id: userId }, select: { id: true, email: true } });
  if (!user) throw new AccessError(404, "No such account.");
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

export async function changePassword(prisma: PrismaClient, actor: Actor | null, raw: z.input<typeof changePasswordInput>) {
  authorize(actor, "view");
  const input = changePasswordInput.parse(raw);
  const user = await prisma.user.findUniqueOrThrow({ where: { id: actor.id }, select: { passwordHash: true } });
  if (!(await verifyPassword(user.passwordHash, input.current))) throw new AccessError(422, "Your current password is not correct.");
  if (input.next === input.current) throw new AccessError(422, "Choose a new password that differs from the current one.");
  await prisma.$transaction([
    prisma.user.update({ where: { id: actor.id }, data: { passwordHash: await hashPassword(input.next), mustChangePassword: false } }),
    prisma.auditEntry.create({ data: { actorId: actor.id, action: "change-password", subject: actor.email } }),
  ]);
}
