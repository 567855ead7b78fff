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
import { routePreview } from "@/components/admin/RoutePreview";
import { editorBaseRevision, englishFactsForEditor } from "@/lib/editorial/back-office";
import { formScope, formToValues, issuesByField, parseFacts, type FormValues } from "@/lib/editorial/facts-form";
import { routeEditorIssues } from "@/lib/editorial/route-editing";
import { editorialMutations } from "@/lib/editorial/mutations";
import { feedbackMutations } from "@/lib/feedback/mutations";
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
export const markFeedbackHandled = adminAction(feedbackMutations.markHandled);

const previewInput = z.object({
  key: profileKeySchema,
  values: z.record(z.string(), z.string().max(100_000)),
  body: z.string().max(100_000),
});

/**
 * The profile being edited, rendered by the public page's own component, or what keeps it from rendering. When the
 * form shows one route, that route's page, with the rest of the profile from the revision the editor started from.
 */
export async function previewProfile(country: string, locale: string, values: FormValues, body: string) {
  const caller = await actionCaller("edit");
  if ("refusal" in caller) return { ok: false as const, problems: [caller.refusal] };
  const t = await adminTranslations();
  const parsed = previewInput.safeParse({ key: { country, locale }, values, body });
  if (!parsed.success) return { ok: false as const, problems: parsed.error.issues.map((issue) => issueMessage(issue, t)) };
  const { key } = parsed.data;
  const translation = key.locale !== referenceLocale;
  const formValues = formToValues(parsed.data.values);
  const route = formScope(formValues);
  const base = route === undefined ? null : await editorBaseRevision(key, parsed.data.values.baseRevisionId ?? "");
  const facts = parseFacts(formValues, key.country, translation, base?.facts);
  const describe = (issues: Record<string, z.core.$ZodIssue>) =>
    Object.entries(issues).map(([field, issue]) => `${field}: ${issueMessage(issue, t)}`);
  const problems = facts.success ? [] : describe(issuesByField(facts.error, formValues));
  if (route) {
    if (!facts.success) return { ok: false as const, problems };
    const english = translation ? await englishFactsForEditor(key.country) : facts.data;
    problems.push(...describe(issuesByField({ issues: routeEditorIssues(facts.data, english?.routes, route) }, formValues)));
    const node = routePreview({ locale: key.locale, country: key.country, facts: facts.data, english, route });
    if (!node) problems.push(t("route.noTextYet"));
    return problems.length || !node ? { ok: false as const, problems } : { ok: true as const, node };
  }
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
