"use server";
// Every back-office mutation, as a server action. Each is a mutation of lib/ (permission, zod input, what it does) run
// by adminAction, which checks origin, session and role first. The live preview is here because it renders the public
// page's component.
import { CountryArticle } from "@/components/countries/CountryArticle";
import { accountMutations } from "@/lib/auth/admin";
import { actionCaller, adminAction, issueMessage } from "@/lib/auth/admin-action";
import { adminTranslations } from "@/lib/auth/page";
import { sessionMutations } from "@/lib/auth/sign-in";
import { MdxError, parseMdxBody } from "@/lib/content/mdx";
import { issuesByField, parseFacts, type FormValues } from "@/lib/editorial/facts-form";
import { editorialMutations } from "@/lib/editorial/mutations";
import { profileKeySchema } from "@/lib/editorial/workflow";
import { referenceLocale } from "@/lib/i18n/locales";
import { z } from "zod";

export const signIn = adminAction(sessionMutations.signIn);
export const signOut = adminAction(sessionMutations.signOut);
export const submitSecondStep = adminAction(sessionMutations.secondStep);
export const enrolSecondFactor = adminAction(sessionMutations.enrol);
export const startEnrolment = adminAction(sessionMutations.startEnrolment);
export const saveProfile = adminAction(editorialMutations.save);
export const restoreRevision = adminAction(editorialMutations.restore);
export const submitRevision = adminAction(editorialMutations.submit);
export const publishRevision = adminAction(editorialMutations.publish);
export const sendBackRevision = adminAction(editorialMutations.sendBack);
export const createAccount = adminAction(accountMutations.createUser);
export const setAccountRole = adminAction(accountMutations.setRole);
export const setAccountDisabled = adminAction(accountMutations.setDisabled);
export const changeOwnPassword = adminAction(accountMutations.changePassword);
export const resetSecondFactor = adminAction(accountMutations.resetSecondFactor);
export const setEditorSecondFactor = adminAction(accountMutations.setEditorPolicy);

const previewInput = z.object({
  key: profileKeySchema,
  values: z.record(z.string(), z.string().max(100_000)),
  body: z.string().max(100_000),
});

/** The profile being edited, rendered by the public page's own component, or what keeps it from rendering. */
export async function previewProfile(country: string, locale: string, values: FormValues, body: string) {
  const caller = await actionCaller("edit");
  if ("refusal" in caller) return { ok: false as const, problems: [caller.refusal] };
  const t = await adminTranslations();
  const parsed = previewInput.safeParse({ key: { country, locale }, values, body });
  if (!parsed.success) return { ok: false as const, problems: parsed.error.issues.map((issue) => issueMessage(issue, t)) };
  const { key } = parsed.data;
  const facts = parseFacts(parsed.data.values, key.country, key.locale !== referenceLocale);
  const problems = facts.success
    ? []
    : Object.entries(issuesByField(facts.error)).map(([field, issue]) => `${field}: ${issueMessage(issue, t)}`);
  let tree;
  try {
    tree = parseMdxBody(parsed.data.body);
  } catch (error) {
    if (!(error instanceof MdxError)) throw error;
    problems.push(...error.problems);
  }
  if (!facts.success || !tree) return { ok: false as const, problems };
  return {
    ok: true as const,
    node: <CountryArticle locale={key.locale} country={key.country} facts={facts.data} body={tree} outdated={false} />,
  };
}
