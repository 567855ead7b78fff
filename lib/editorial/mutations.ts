// The editors' mutations, in one table: what each needs (permission), how its form is read (zod), and what it does.
// app/admin/actions.ts exposes each as a server action; tests walk the table as anonymous, wrong and right role.
import { z } from "zod";
import { mutation, MutationError } from "@/lib/auth/mutation";
import { AccessError } from "@/lib/auth/roles";
import type { PrismaClient } from "@/lib/db/prisma";
import { referenceLocale } from "@/lib/i18n/locales";
import { countryFactsSchema } from "@/lib/content/schema";
import { formScope, formToValues, issuesByField, valuesToFacts } from "./facts-form";
import { baseRevision, englishFacts, routeEditorIssues } from "./route-editing";
import {
  profileKeySchema,
  publishRevision,
  restoreRevision,
  revisionActionSchema,
  saveRevision,
  sendBack,
  sendBackSchema,
  submitForReview,
  submitSchema,
} from "./workflow";

const editorPath = (country: string, locale: string) => `/admin/profiles/${country}/${locale}`;

async function profileOfRevision(prisma: PrismaClient, revisionId: string) {
  const revision = await prisma.profileRevision.findUnique({
    where: { id: revisionId },
    select: { profile: { select: { country: true, locale: true } } },
  });
  return revision ? editorPath(revision.profile.country, revision.profile.locale) : "/admin";
}

// The facts arrive as flat fields ("authority.url"): the form keeps them, facts-form reads them. `scope` says whether the
// form showed the profile's own fields or one route's; what it did not show comes from the base revision.
const saveForm = z.looseObject({
  ...profileKeySchema.shape,
  baseRevisionId: z.string().max(100).default(""),
  body: z.string().max(100_000).default(""),
  followsEnglish: z.string().optional(),
});

export const editorialMutations = {
  save: mutation("edit", saveForm, async (input, { prisma, actor }) => {
    const { country, locale } = input;
    const translation = locale !== referenceLocale;
    const values = formToValues(input);
    const route = formScope(values);
    const base = await baseRevision(prisma, { country, locale }, input.baseRevisionId);
    const facts = valuesToFacts(values, country, translation, base?.facts);
    const body = route ? (base?.body ?? "") : input.body;
    if (route) {
      const parsed = countryFactsSchema.safeParse(facts);
      const reference = translation ? (await englishFacts(prisma, country))?.routes : parsed.data?.routes;
      const issues = parsed.success ? routeEditorIssues(parsed.data, reference, route) : [];
      if (issues.length)
        throw new MutationError(422, "notSavedInvalid", {}, { fieldIssues: issuesByField({ issues }, values), bodyErrors: [] });
    }
    const result = await saveRevision(prisma, actor, {
      country,
      locale,
      baseRevisionId: input.baseRevisionId,
      facts,
      body,
      followsEnglish: input.followsEnglish === "on",
    });
    const saved = `${editorPath(country, locale)}?${route ? `route=${route}&` : ""}saved=`;
    if (result.ok) return { redirect: `${saved}${result.revision.number}` };
    if (result.kind === "invalid")
      throw new MutationError(
        422,
        "notSavedInvalid",
        {},
        { fieldIssues: result.factErrors ? issuesByField(result.factErrors, values) : {}, bodyErrors: result.bodyErrors },
      );
    const { theirs } = result;
    throw new MutationError(
      409,
      "notSavedConflict",
      { author: theirs.author ?? "?", number: theirs.number },
      {
        conflict: {
          theirs: { ...theirs, createdAt: theirs.createdAt.toISOString() },
          mine: { body, facts },
        },
      },
    );
  }),
  restore: mutation(
    "edit",
    revisionActionSchema.extend({ baseRevisionId: z.string().max(100).default("") }),
    async ({ revisionId, baseRevisionId }, { prisma, actor }) => {
      const result = await restoreRevision(prisma, actor, { revisionId, baseRevisionId });
      if (!result.ok) throw new AccessError(409, result.kind === "conflict" ? "restoreConflict" : "restoreInvalid");
      return { redirect: `${await profileOfRevision(prisma, revisionId)}?saved=${result.revision.number}` };
    },
  ),
  submit: mutation("edit", submitSchema, async ({ revisionId, changeSummary }, { prisma, actor }) => {
    await submitForReview(prisma, actor, { revisionId, changeSummary });
    return { redirect: await profileOfRevision(prisma, revisionId) };
  }),
  publish: mutation("review", revisionActionSchema, async ({ revisionId }, { prisma, actor, afterPublish }) => {
    const { country, locale } = await publishRevision(prisma, actor, { revisionId });
    // The search index catches up at the next start if it cannot be updated now; the publish stands either way.
    await afterPublish?.(country, locale).catch((error) => console.error(`Reindexing ${country}/${locale} failed: ${error}`));
    return { redirect: editorPath(country, locale) };
  }),
  sendBack: mutation("review", sendBackSchema, async ({ revisionId, comment }, { prisma, actor }) => {
    await sendBack(prisma, actor, { revisionId, comment });
    return { redirect: await profileOfRevision(prisma, revisionId) };
  }),
};
