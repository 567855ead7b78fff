// The editors' workflow on country profiles: save (a new revision, refused when someone saved since its base),
// restore, submit for review, publish (one transaction) or send back. Each step checks the actor's role itself.
import { z } from "zod";
import { AccessError, authorize, type Actor } from "@/lib/auth/roles";
import { MdxError, parseMdxBody } from "@/lib/content/mdx";
import { countryFactsSchema, type CountryFacts } from "@/lib/content/schema";
import { expireInThisProcess, recordInvalidation } from "@/lib/cache/invalidation";
import { slugPattern } from "@/lib/content/slug";
import { publishTags } from "@/lib/cache/tags.mjs";
import type { PrismaClient } from "@/lib/db/prisma";
import { isLocale, referenceLocale, type Locale } from "@/lib/i18n/locales";

const uuid = z.uuid("must be a revision id");
export const profileKeySchema = z.object({
  country: z.string({ error: "country is required" }).regex(slugPattern, "country must be a country slug"),
  locale: z.string({ error: "locale is required" }).refine(isLocale, "locale must be one of the site's languages") as z.ZodType<Locale>,
});
export type ProfileKey = z.output<typeof profileKeySchema>;
export const saveInputSchema = profileKeySchema.extend({
  baseRevisionId: uuid,
  facts: z.unknown(),
  // Browsers send textarea text with CRLF line ends: store LF, as in the content files.
  body: z
    .string()
    .max(100_000, "must be at most 100,000 characters")
    .transform((text) => text.replace(/\r\n?/g, "\n")),
  /** Translations: the text now matches the English profile as published. */
  followsEnglish: z.boolean().default(false),
});
export const revisionActionSchema = z.object({ revisionId: uuid });
export const sendBackSchema = revisionActionSchema.extend({ comment: z.string().trim().min(3, "say what should change").max(2000) });
/** Readers see the change summary in the feeds and recent changes: one line, in the profile's language. */
export const submitSchema = revisionActionSchema.extend({
  changeSummary: z
    .string({ error: "say what changed" })
    .trim()
    .min(3, "say what changed")
    .max(200, "must be at most 200 characters")
    .refine((text) => !/[\r\n]/.test(text), "must be one line"),
});

export interface RevisionSummary {
  id: string;
  number: number;
  status: string;
  body: string;
  facts: unknown;
  createdAt: Date;
  author: string | null;
}

export type SaveResult =
  | { ok: true; revision: RevisionSummary }
  | { ok: false; kind: "invalid"; factErrors: z.ZodError | null; bodyErrors: string[] }
  | { ok: false; kind: "conflict"; theirs: RevisionSummary };

const summarySelect = {
  id: true,
  number: true,
  status: true,
  body: true,
  facts: true,
  createdAt: true,
  author: { select: { email: true } },
} as const;
function summary(revision: Omit<RevisionSummary, "author"> & { author: { email: string } | null }): RevisionSummary {
  return { ...revision, author: revision.author?.email ?? null };
}

async function profileOf(prisma: PrismaClient, key: { country: string; locale: string }) {
  const profile = await prisma.countryProfile.findUnique({ where: { country_locale: key } });
  if (!profile) throw new AccessError(404, "noProfile", { profile: `${key.country}/${key.locale}` });
  return profile;
}

async function latestRevision(prisma: PrismaClient, profileId: string) {
  return prisma.profileRevision.findFirstOrThrow({
    where: { profileId },
    orderBy: { number: "desc" },
    select: { ...summarySelect, sourceRevisionId: true },
  });
}

function audit(actor: Actor, action: string, subject: string, revisionId?: string, detail?: string) {
  return { actorId: actor.id, action, subject, revisionId, detail };
}

/**
 * Saves facts and body as a new draft revision. Refused (kind "conflict", with their version) when the profile's latest
 * revision is no longer the one the editor started from: two saves from one base never both succeed, because the
 * revision number is unique per profile.
 */
export async function saveRevision(
  prisma: PrismaClient,
  actor: Actor | null,
  raw: z.input<typeof saveInputSchema>,
  note?: string,
): Promise<SaveResult> {
  authorize(actor, "edit");
  const input = saveInputSchema.parse(raw);
  const facts = countryFactsSchema.safeParse(input.facts);
  let bodyErrors: string[] = [];
  try {
    parseMdxBody(input.body);
  } catch (error) {
    if (!(error instanceof MdxError)) throw error;
    bodyErrors = error.problems;
  }
  const factsMismatch = facts.success && facts.data.country !== input.country;
  if (!facts.success || bodyErrors.length || factsMismatch)
    return {
      ok: false,
      kind: "invalid",
      factErrors: facts.success ? null : facts.error,
      bodyErrors: factsMismatch ? [...bodyErrors, "country: must match the profile"] : bodyErrors,
    };

  const profile = await profileOf(prisma, { country: input.country, locale: input.locale });
  const latest = await latestRevision(prisma, profile.id);
  if (latest.id !== input.baseRevisionId) return { ok: false, kind: "conflict", theirs: summary(latest) };

  let sourceRevisionId = latest.sourceRevisionId;
  if (input.locale !== referenceLocale && input.followsEnglish) {
    const english = await prisma.countryProfile.findUnique({
      where: { country_locale: { country: input.country, locale: referenceLocale } },
      select: { publishedRevisionId: true },
    });
    sourceRevisionId = english?.publishedRevisionId ?? sourceRevisionId;
  }
  try {
    const revision = await prisma.$transaction(async (tx) => {
      const created = await tx.profileRevision.create({
        data: {
          profileId: profile.id,
          number: latest.number + 1,
          facts: facts.data as CountryFacts,
          body: input.body,
          baseRevisionId: latest.id,
          authorId: actor.id,
          sourceRevisionId,
          note,
        },
        select: summarySelect,
      });
      await tx.auditEntry.create({
        data: audit(actor, note ? "restore" : "save", `${input.country}/${input.locale}`, created.id, note ?? `revision ${created.number}`),
      });
      return created;
    });
    return { ok: true, revision: summary(revision) };
  } catch (error) {
    // Someone else's save took this number between our read and our write.
    if ((error as { code?: string }).code === "P2002")
      return { ok: false, kind: "conflict", theirs: summary(await latestRevision(prisma, profile.id)) };
    throw error;
  }
}

/** A new draft with an old revision's facts and text, on top of the latest revision. */
export async function restoreRevision(prisma: PrismaClient, actor: Actor | null, raw: { revisionId: string; baseRevisionId: string }) {
  authorize(actor, "edit");
  const { revisionId } = revisionActionSchema.parse(raw);
  const old = await prisma.profileRevision.findUnique({ where: { id: revisionId }, include: { profile: true } });
  if (!old) throw new AccessError(404, "noRevision");
  return saveRevision(
    prisma,
    actor,
    { country: old.profile.country, locale: old.profile.locale, baseRevisionId: raw.baseRevisionId, facts: old.facts, body: old.body },
    `restored from revision ${old.number}`,
  );
}

async function revisionInState(prisma: PrismaClient, revisionId: string, status: "draft" | "in_review") {
  const revision = await prisma.profileRevision.findUnique({ where: { id: revisionId }, include: { profile: true } });
  if (!revision) throw new AccessError(404, "noRevision");
  if (revision.status !== status)
    throw new AccessError(409, "wrongState", { number: revision.number, status: revision.status, expected: status });
  return revision;
}

/** Draft → in review, with the one-line summary of the change for readers. Only the profile's latest revision can go. */
export async function submitForReview(prisma: PrismaClient, actor: Actor | null, raw: { revisionId: string; changeSummary: string }) {
  authorize(actor, "edit");
  const { revisionId, changeSummary } = submitSchema.parse(raw);
  const revision = await revisionInState(prisma, revisionId, "draft");
  const latest = await latestRevision(prisma, revision.profileId);
  if (latest.id !== revision.id) throw new AccessError(409, "notLatest", { number: revision.number, latest: latest.number });
  await prisma.$transaction([
    prisma.profileRevision.update({ where: { id: revision.id }, data: { status: "in_review", reviewComment: null, changeSummary } }),
    prisma.auditEntry.create({
      data: audit(actor, "submit", `${revision.profile.country}/${revision.profile.locale}`, revision.id, `revision ${revision.number}`),
    }),
  ]);
}

/**
 * Publishes a revision in review: its status, the previous one superseded, the profile's pointer and the audit entry,
 * in one transaction, together with the cache tags every web instance then expires. A reviewer never publishes their own
 * revision.
 */
export async function publishRevision(prisma: PrismaClient, actor: Actor | null, raw: { revisionId: string }) {
  authorize(actor, "review");
  const { revisionId } = revisionActionSchema.parse(raw);
  const revision = await revisionInState(prisma, revisionId, "in_review");
  if (revision.authorId === actor.id) throw new AccessError(403, "ownRevision");
  const subject = `${revision.profile.country}/${revision.profile.locale}`;
  const now = new Date();
  await prisma.$transaction(async (tx) => {
    // Conditional on the status we read, so two reviewers publishing at once cannot both succeed.
    const claimed = await tx.profileRevision.updateMany({
      where: { id: revision.id, status: "in_review" },
      data: { status: "published", reviewedById: actor.id, reviewedAt: now, publishedAt: now },
    });
    if (claimed.count !== 1) throw new AccessError(409, "alreadyReviewed");
    if (revision.profile.publishedRevisionId)
      await tx.profileRevision.update({ where: { id: revision.profile.publishedRevisionId }, data: { status: "superseded" } });
    await tx.countryProfile.update({ where: { id: revision.profileId }, data: { publishedRevisionId: revision.id } });
    await tx.auditEntry.create({ data: audit(actor, "publish", subject, revision.id, `revision ${revision.number}`) });
    await recordInvalidation(tx, publishTags(revision.profile.country));
  });
  expireInThisProcess(publishTags(revision.profile.country));
  return { country: revision.profile.country, locale: revision.profile.locale as Locale };
}

/** In review → draft, with the reviewer's comment for the author. */
export async function sendBack(prisma: PrismaClient, actor: Actor | null, raw: { revisionId: string; comment: string }) {
  authorize(actor, "review");
  const { revisionId, comment } = sendBackSchema.parse(raw);
  const revision = await revisionInState(prisma, revisionId, "in_review");
  await prisma.$transaction([
    prisma.profileRevision.update({
      where: { id: revision.id },
      data: { status: "draft", reviewComment: comment, reviewedById: actor.id, reviewedAt: new Date() },
    }),
    prisma.auditEntry.create({
      data: audit(actor, "send-back", `${revision.profile.country}/${revision.profile.locale}`, revision.id, comment),
    }),
  ]);
}
