// Every mutation of the back office, in one table: what it needs (permission), how its form input is read (zod), and what
// it does. The route handler app/admin/actions/[action] runs them; tests walk the table as anonymous, wrong and right role.
import { z } from "zod";
import { adminCreateUser, adminSetDisabled, adminSetRole, changePassword } from "@/lib/auth/admin";
import { AccessError, type Actor, type Permission } from "@/lib/auth/roles";
import type { PrismaClient } from "@/lib/db/prisma";
import { referenceLocale } from "@/lib/i18n/locales";
import { fieldErrors, formToValues, valuesToFacts } from "./facts-form";
import { profileKeySchema, publishRevision, restoreRevision, saveRevision, sendBack, submitForReview } from "./workflow";

export interface MutationContext {
  prisma: PrismaClient;
  actor: Actor | null;
  form: FormData;
  /** Called after a revision is published (search reindex); its failure does not undo the publish. */
  afterPublish?: (country: string, locale: string) => Promise<void>;
}

export interface MutationResult {
  /** Where the browser goes next (forms without JavaScript follow it as a 303). */
  redirect: string;
  message?: string;
  data?: Record<string, unknown>;
}

/** A refusal with details for the form (field errors, both versions of a conflicting save). */
export class MutationError extends AccessError {
  constructor(
    status: 409 | 422,
    message: string,
    readonly details: Record<string, unknown>,
  ) {
    super(status, message);
  }
}

const text = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === "string" ? value : undefined;
};
const editorPath = (country: string, locale: string) => `/admin/profiles/${country}/${locale}`;

async function profileOfRevision(prisma: PrismaClient, revisionId: string) {
  const revision = await prisma.profileRevision.findUnique({
    where: { id: revisionId },
    select: { profile: { select: { country: true, locale: true } } },
  });
  return revision ? editorPath(revision.profile.country, revision.profile.locale) : "/admin";
}
const revisionId = (form: FormData) =>
  z.object({ revisionId: z.uuid("must be a revision id") }).parse({ revisionId: text(form, "revisionId") }).revisionId;

export const mutations: Record<string, { permission: Permission; run: (context: MutationContext) => Promise<MutationResult> }> = {
  save: {
    permission: "edit",
    async run({ prisma, actor, form }) {
      const key = profileKeySchema.parse({ country: text(form, "country"), locale: text(form, "locale") });
      const values = formToValues(form);
      const result = await saveRevision(prisma, actor, {
        ...key,
        baseRevisionId: text(form, "baseRevisionId") ?? "",
        facts: valuesToFacts(values, key.country, key.locale !== referenceLocale),
        body: text(form, "body") ?? "",
        followsEnglish: text(form, "followsEnglish") === "on",
      });
      if (result.ok)
        return {
          redirect: `${editorPath(key.country, key.locale)}?saved=${result.revision.number}`,
          message: `Saved as revision ${result.revision.number}.`,
        };
      if (result.kind === "invalid") {
        throw new MutationError(422, "Nothing was saved: correct the fields marked below.", {
          fieldErrors: result.factErrors ? fieldErrors(result.factErrors) : {},
          bodyErrors: result.bodyErrors,
        });
      }
      const theirs = result.theirs;
      throw new MutationError(
        409,
        `Nothing was saved: ${theirs.author ?? "someone"} saved revision ${theirs.number} after you started. Both versions are shown below.`,
        {
          conflict: {
            theirs: {
              id: theirs.id,
              number: theirs.number,
              author: theirs.author,
              createdAt: theirs.createdAt.toISOString(),
              body: theirs.body,
              facts: theirs.facts,
            },
            mine: { body: text(form, "body") ?? "", facts: valuesToFacts(values, key.country, key.locale !== referenceLocale) },
          },
        },
      );
    },
  },
  restore: {
    permission: "edit",
    async run({ prisma, actor, form }) {
      const result = await restoreRevision(prisma, actor, {
        revisionId: revisionId(form),
        baseRevisionId: text(form, "baseRevisionId") ?? "",
      });
      const back = await profileOfRevision(prisma, revisionId(form));
      if (!result.ok)
        throw new AccessError(
          409,
          result.kind === "conflict"
            ? "Someone saved a newer revision meanwhile: reload and restore again."
            : "That revision is no longer valid and cannot be restored.",
        );
      return { redirect: `${back}?saved=${result.revision.number}`, message: `Restored as draft revision ${result.revision.number}.` };
    },
  },
  submit: {
    permission: "edit",
    async run({ prisma, actor, form }) {
      await submitForReview(prisma, actor, { revisionId: revisionId(form) });
      return { redirect: await profileOfRevision(prisma, revisionId(form)), message: "Submitted for review." };
    },
  },
  publish: {
    permission: "review",
    async run({ prisma, actor, form, afterPublish }) {
      const { country, locale } = await publishRevision(prisma, actor, { revisionId: revisionId(form) });
      let message = "Published.";
      if (afterPublish)
        await afterPublish(country, locale).catch(
          () => (message = "Published. The search index could not be updated now; it catches up at the next start."),
        );
      return { redirect: editorPath(country, locale), message };
    },
  },
  "send-back": {
    permission: "review",
    async run({ prisma, actor, form }) {
      await sendBack(prisma, actor, { revisionId: revisionId(form), comment: text(form, "comment") ?? "" });
      return { redirect: await profileOfRevision(prisma, revisionId(form)), message: "Sent back to the author with your comment." };
    },
  },
  "create-user": {
    permission: "manageUsers",
    async run({ prisma, actor, form }) {
      const { user, password } = await adminCreateUser(prisma, actor, {
        email: text(form, "email") ?? "",
        role: (text(form, "role") ?? "") as "editor",
      });
      return { redirect: "/admin/users", message: `Created ${user.role} ${user.email}.`, data: { email: user.email, password } };
    },
  },
  "set-role": {
    permission: "manageUsers",
    async run({ prisma, actor, form }) {
      await adminSetRole(prisma, actor, { userId: text(form, "userId") ?? "", role: (text(form, "role") ?? "") as "editor" });
      return { redirect: "/admin/users", message: "Role changed." };
    },
  },
  "set-disabled": {
    permission: "manageUsers",
    async run({ prisma, actor, form }) {
      await adminSetDisabled(prisma, actor, { userId: text(form, "userId") ?? "", disabled: (text(form, "disabled") ?? "") as "true" });
      return { redirect: "/admin/users", message: "Access changed." };
    },
  },
  "change-password": {
    permission: "view",
    async run({ prisma, actor, form }) {
      await changePassword(prisma, actor, { current: text(form, "current") ?? "", next: text(form, "next") ?? "" });
      return { redirect: "/admin?notice=password", message: "Password changed." };
    },
  },
};
