// One shape for every back-office mutation: the permission it needs, the zod schema of its form, and what it does.
// adminAction (lib/auth/admin-action.ts) runs one as a server action; the integration tests run it with performMutation.
// No Next.js import here, so the tests run it against their own database.
import { ZodError, type z } from "zod";
import type messages from "@/messages/en.json";
import type { PrismaClient } from "@/lib/db/prisma";
import { AccessError, authorize, type Actor, type Permission, type RefusalKey, type RefusalStatus } from "./roles";

export interface MutationContext {
  prisma: PrismaClient;
  actor: Actor | null;
  /** Called after a revision is published (search reindex); its failure does not undo the publish. */
  afterPublish?: (country: string, locale: string) => Promise<void>;
}

/** Where the browser goes next, or something to show once on the same page (a one-time password). */
export type MutationResult =
  { redirect: string } | { notice: { key: NoticeKey; values: Record<string, string> }; data: Record<string, string> };

/** Messages shown after a mutation that stays on its page (admin namespace). */
type NoticeKey = Extract<keyof (typeof messages)["admin"], "userCreated" | "enrolled">;

export interface Mutation<Schema extends z.ZodType = z.ZodType> {
  permission: Permission | "anyone";
  schema: Schema;
  run: (input: z.output<Schema>, context: MutationContext) => Promise<MutationResult>;
}

export function mutation<Schema extends z.ZodType>(
  permission: Permission | "anyone",
  schema: Schema,
  run: (input: z.output<Schema>, context: MutationContext) => Promise<MutationResult>,
): Mutation<Schema> {
  return { permission, schema, run };
}

/** The two versions of a refused save, shown side by side. */
export interface SaveConflict {
  theirs: { id: string; number: number; author: string | null; createdAt: string; body: string; facts: unknown };
  mine: { body: string; facts: unknown };
}

export interface RefusalDetails {
  /** Zod issues under the form field each belongs to. */
  fieldIssues?: Record<string, z.core.$ZodIssue>;
  bodyErrors?: string[];
  conflict?: SaveConflict;
}

/** A refusal with details for the form (field errors, both versions of a conflicting save). */
export class MutationError extends AccessError {
  constructor(
    status: RefusalStatus,
    key: RefusalKey,
    values: Record<string, string | number>,
    readonly details: RefusalDetails,
  ) {
    super(status, key, values);
  }
}

export type MutationOutcome =
  | { ok: true; result: MutationResult }
  | ({ ok: false; status: RefusalStatus; key: RefusalKey; values: Record<string, string | number> } & RefusalDetails);

/** A submitted form as an object; a repeated name keeps its last value (a submit button's value comes last). */
export function formFields(form: FormData): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const [name, value] of form.entries()) if (typeof value === "string" && !name.startsWith("$ACTION")) fields[name] = value;
  return fields;
}

export function issuesByPath(error: ZodError): Record<string, z.core.$ZodIssue> {
  const issues: Record<string, z.core.$ZodIssue> = {};
  for (const issue of error.issues) issues[issue.path.map(String).join(".") || "form"] ??= issue;
  return issues;
}

/** Checks the caller's role, then the input, then acts; every refusal becomes an outcome with its status (never a throw). */
export async function performMutation<Schema extends z.ZodType>(
  mutation: Mutation<Schema>,
  context: MutationContext,
  form: FormData,
): Promise<MutationOutcome> {
  try {
    if (mutation.permission !== "anyone") authorize(context.actor, mutation.permission);
    const input = mutation.schema.safeParse(formFields(form));
    if (!input.success) return { ok: false, status: 400, key: "invalidInput", values: {}, fieldIssues: issuesByPath(input.error) };
    return { ok: true, result: await mutation.run(input.data, context) };
  } catch (error) {
    if (error instanceof MutationError) return { ok: false, status: error.status, key: error.key, values: error.values, ...error.details };
    if (error instanceof AccessError) return { ok: false, status: error.status, key: error.key, values: error.values };
    if (error instanceof ZodError) return { ok: false, status: 400, key: "invalidInput", values: {}, fieldIssues: issuesByPath(error) };
    throw error;
  }
}

/** What a back-office form shows after a server action: plain data, so it crosses to the browser and into HTML. */
export type ActionState = null | {
  ok: boolean;
  status: 200 | RefusalStatus;
  message: string;
  fieldErrors?: Record<string, string>;
  bodyErrors?: string[];
  conflict?: SaveConflict;
  data?: Record<string, string>;
  /** The submitted fields (never passwords), so a form rendered again without JavaScript keeps what was typed. */
  values?: Record<string, string>;
};
