// adminAction: runs a back-office mutation as a server action, with the checks every mutation gets: the request comes
// from this site's own pages, the session, the role, then the zod input. Refusals come back as the form's state,
// translated, so a form shows them next to its fields with or without JavaScript; success redirects (a 303 without it).
//
// Written here rather than added as next-safe-action: it is the one wrapper of one back office, about 60 lines, and it
// must hand back our own state shape (field errors, conflicts, status) that useActionState renders without JavaScript.
import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { after } from "next/server";
import type { z } from "zod";
import { db } from "@/lib/db/client";
import { sameOrigin } from "@/lib/http/same-origin";
import { isLocale } from "@/lib/i18n/locales";
import { reindexCountryProfile } from "@/lib/search/service";
import { formFields, performMutation, type ActionState, type Mutation, type MutationOutcome } from "./mutation";
import { adminTranslations } from "./page";
import { can, type Actor, type Permission, type RefusalKey } from "./roles";
import { currentActor } from "./session";

type Translator = Awaited<ReturnType<typeof adminTranslations>>;

const customReasonList = [
  "figureDates",
  "onlyWithAmount",
  "figureMoney",
  "figureUnit",
  "figureUpTo",
  "reviewOrder",
  "missingRoute",
  "fixedPurposes",
  "fixedStatus",
  "schemePurposes",
  "schemeStatus",
  "schemeNationalName",
  "duplicateId",
  "missingText",
  "schemeName",
  "noSuchId",
] as const;
type CustomReason = (typeof customReasonList)[number];
const customReasons = new Set<CustomReason>(customReasonList);

/** A zod issue as a sentence in the back office's language (the schemas' own messages are English). */
export function issueMessage(issue: z.core.$ZodIssue, t: Translator): string {
  switch (issue.code) {
    case "invalid_type":
      return t("field.error.required");
    case "too_small":
      return issue.origin === "string" && Number(issue.minimum) <= 1
        ? t("field.error.required")
        : t("field.error.tooShort", { minimum: Number(issue.minimum) });
    case "too_big":
      return t("field.error.tooLong", { maximum: Number(issue.maximum) });
    case "invalid_format":
      return issue.format === "url" ? t("field.error.url") : issue.format === "email" ? t("field.error.email") : t("field.error.format");
    case "invalid_value":
      return t("field.error.choice");
    case "custom": {
      // A refusal of the action shown next to the field it is about (a wrong authentication code).
      if (typeof issue.params?.key === "string") return t(`error.${issue.params.key as RefusalKey}`);
      // The content schemas' own checks name their reason (route-schema.ts, routeIssues).
      const reason = issue.params?.reason;
      return typeof reason === "string" && customReasons.has(reason as CustomReason)
        ? t(`field.error.${reason as CustomReason}`)
        : t("field.error.invalid");
    }
    default:
      return t("field.error.invalid");
  }
}

const secretFields = new Set(["password", "current", "next", "code"]);

function refusalState(outcome: Extract<MutationOutcome, { ok: false }>, t: Translator, form: FormData): ActionState {
  const fieldErrors = Object.fromEntries(
    Object.entries(outcome.fieldIssues ?? {}).map(([field, issue]) => [field, issueMessage(issue, t)]),
  );
  const values = Object.fromEntries(Object.entries(formFields(form)).filter(([name]) => !secretFields.has(name)));
  return {
    ok: false,
    status: outcome.status,
    message: t(`error.${outcome.key}`, outcome.values),
    fieldErrors,
    bodyErrors: outcome.bodyErrors,
    conflict: outcome.conflict,
    values,
  };
}

/** The caller of an action that is not a form (the live preview): same origin, a session, the permission. */
export async function actionCaller(permission: Permission): Promise<{ actor: Actor } | { refusal: string }> {
  const t = await adminTranslations();
  if (!sameOrigin(await headers())) return { refusal: t("error.crossSite") };
  const actor = await currentActor();
  if (!actor) return { refusal: t("error.signInFirst") };
  if (!can(actor, permission)) return { refusal: t("error.roleRefused") };
  return { actor };
}

export function adminAction<Schema extends z.ZodType>(mutation: Mutation<Schema>) {
  return async (_previous: ActionState, form: FormData): Promise<ActionState> => {
    const t = await adminTranslations();
    if (!sameOrigin(await headers())) return refusalState({ ok: false, status: 403, key: "crossSite", values: {} }, t, new FormData());
    const actor = mutation.permission === "anyone" ? null : await currentActor();
    const outcome = await performMutation(mutation, { prisma: db(), actor, afterPublish: reindexPublished }, form);
    if (!outcome.ok) return refusalState(outcome, t, form);
    const { result } = outcome;
    if ("redirect" in result) redirect(result.redirect);
    return { ok: true, status: 200, message: t(result.notice.key, result.notice.values), data: result.data };
  };
}

/**
 * The publish answers as soon as it is committed; the profile's search entries are replaced right after the response
 * (Meilisearch takes a few seconds to re-index on a busy machine, and a publish must not wait for it or fail with it).
 */
async function reindexPublished(country: string, locale: string) {
  if (!isLocale(locale)) return;
  after(() => reindexCountryProfile(country, locale).catch((error) => console.error(`Reindexing ${country}/${locale} failed: ${error}`)));
}
