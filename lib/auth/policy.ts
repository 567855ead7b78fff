// Who must sign in with a second factor. Reviewers and admins always; editors too unless an admin relaxed it
// (default: required). Stored in the Setting table, so every web instance applies the same rule.
import { z } from "zod";
import type { PrismaClient } from "@/lib/db/prisma";
import type { Role } from "./roles";

export const EDITOR_POLICY_KEY = "editorSecondFactor";
export const secondFactorPolicies = ["required", "optional"] as const;
export type SecondFactorPolicy = (typeof secondFactorPolicies)[number];

export async function editorSecondFactorPolicy(prisma: PrismaClient): Promise<SecondFactorPolicy> {
  const setting = await prisma.setting.findUnique({ where: { key: EDITOR_POLICY_KEY }, select: { value: true } });
  return z.enum(secondFactorPolicies).catch("required").parse(setting?.value);
}

export async function secondFactorRequired(prisma: PrismaClient, role: Role): Promise<boolean> {
  return role !== "editor" || (await editorSecondFactorPolicy(prisma)) === "required";
}
