// Reading country profiles from the database: what readers see (the published revision) and what editors see (every
// profile's state). Takes the Prisma client as an argument so tests run it against their own database.
import { parseMdxBody, type ParsedBody } from "@/lib/content/mdx";
import { countryFactsSchema, type CountryFacts } from "@/lib/content/schema";
import type { PrismaClient } from "@/lib/db/prisma";
import { referenceLocale, type Locale } from "@/lib/i18n/locales";

export interface PublishedProfile {
  country: string;
  locale: Locale;
  revisionId: string;
  number: number;
  facts: CountryFacts;
  body: ParsedBody;
  publishedAt: Date | null;
  /** Translations: the English profile was published again since this text was translated (or its source is unknown). */
  outdated: boolean;
}

// A revision never changes: parse its body and validate its facts once (a country's routes make the facts large, and
// each of its route pages in six languages reads them).
function parsedOnce<T>(parse: (value: never) => T) {
  const parsed = new Map<string, T>();
  return (revisionId: string, value: unknown): T => {
    let result = parsed.get(revisionId);
    if (result === undefined) {
      result = parse(value as never);
      if (parsed.size > 1000) parsed.clear();
      parsed.set(revisionId, result);
    }
    return result;
  };
}
const parsedBody = parsedOnce((body: string) => parseMdxBody(body));
const parsedFacts = parsedOnce((facts: unknown) => countryFactsSchema.parse(facts));

export function isOutdated(locale: string, sourceRevisionId: string | null, englishPublishedId: string | null | undefined) {
  return locale !== referenceLocale && sourceRevisionId !== englishPublishedId;
}

/** A published revision as stored: what `publishedProfileFrom` needs, JSON-safe so it can be cached as it is. */
export interface PublishedRevisionRow {
  country: string;
  locale: string;
  revisionId: string;
  number: number;
  facts: unknown;
  body: string;
  publishedAt: string | null;
  sourceRevisionId: string | null;
}

/** Every published revision (of one country, or of all), in one query. */
export async function readPublishedRevisions(prisma: PrismaClient, country?: string): Promise<PublishedRevisionRow[]> {
  const profiles = await prisma.countryProfile.findMany({
    where: { publishedRevisionId: { not: null }, ...(country ? { country } : {}) },
    select: { country: true, locale: true, publishedRevision: true },
  });
  return profiles.flatMap(({ country, locale, publishedRevision: revision }) =>
    revision
      ? [
          {
            country,
            locale,
            revisionId: revision.id,
            number: revision.number,
            facts: revision.facts,
            body: revision.body,
            publishedAt: revision.publishedAt?.toISOString() ?? null,
            sourceRevisionId: revision.sourceRevisionId,
          },
        ]
      : [],
  );
}

/** One profile as readers see it, from the published revisions (its translation status against the English one). */
export function publishedProfileFrom(rows: PublishedRevisionRow[], country: string, locale: Locale): PublishedProfile | null {
  const row = rows.find((candidate) => candidate.country === country && candidate.locale === locale);
  if (!row) return null;
  const english = rows.find((candidate) => candidate.country === country && candidate.locale === referenceLocale);
  return {
    country,
    locale,
    revisionId: row.revisionId,
    number: row.number,
    facts: parsedFacts(row.revisionId, row.facts),
    body: parsedBody(row.revisionId, row.body),
    publishedAt: row.publishedAt === null ? null : new Date(row.publishedAt),
    outdated: isOutdated(locale, row.sourceRevisionId, english?.revisionId),
  };
}

export async function readPublishedProfile(prisma: PrismaClient, country: string, locale: Locale): Promise<PublishedProfile | null> {
  return publishedProfileFrom(await readPublishedRevisions(prisma), country, locale);
}

export interface CountrySummary {
  country: string;
  facts: CountryFacts;
}

/** Every published profile in one language, sorted by name in that language. */
export async function readPublishedList(prisma: PrismaClient, locale: Locale): Promise<CountrySummary[]> {
  const profiles = await prisma.countryProfile.findMany({
    where: { locale, publishedRevisionId: { not: null } },
    select: { country: true, publishedRevision: { select: { facts: true } } },
  });
  const list = profiles.flatMap((profile) => {
    const facts = countryFactsSchema.safeParse(profile.publishedRevision?.facts);
    return facts.success ? [{ country: profile.country, facts: facts.data }] : [];
  });
  return list.sort((a, b) => a.facts.name.localeCompare(b.facts.name, locale));
}

export interface PublishedChange {
  country: string;
  locale: Locale;
  name: string;
  number: number;
  revisionId: string;
  publishedAt: Date;
  reviewer: string | null;
  /** The editor's one line on what changed; empty for revisions from before summaries were asked for. */
  changeSummary: string;
  /** The profile's review date as the revision states it (YYYY-MM-DD). */
  lastReviewed: string | null;
}

/** Revisions published through the workflow (not the seed), newest first; of some countries only when they are given. */
export async function readPublishedChanges(
  prisma: PrismaClient,
  locale: Locale,
  { take = 50, countries }: { take?: number; countries?: readonly string[] } = {},
): Promise<PublishedChange[]> {
  const revisions = await prisma.profileRevision.findMany({
    where: {
      publishedAt: { not: null },
      reviewedById: { not: null },
      profile: { locale, ...(countries ? { country: { in: [...countries] } } : {}) },
    },
    orderBy: { publishedAt: "desc" },
    take,
    select: {
      id: true,
      number: true,
      publishedAt: true,
      facts: true,
      changeSummary: true,
      profile: { select: { country: true } },
      reviewedBy: { select: { email: true } },
    },
  });
  return revisions.map((revision) => {
    const facts = countryFactsSchema.safeParse(revision.facts).data;
    return {
      country: revision.profile.country,
      locale,
      name: facts?.name ?? revision.profile.country,
      number: revision.number,
      revisionId: revision.id,
      publishedAt: revision.publishedAt!,
      reviewer: revision.reviewedBy?.email ?? null,
      changeSummary: revision.changeSummary,
      lastReviewed: facts?.lastReviewed ?? null,
    };
  });
}

export type ProfileState = "draft" | "in_review" | "published";
export interface ProfileListing {
  country: string;
  locale: Locale;
  name: string;
  state: ProfileState;
  latestNumber: number;
  lastReviewed: string | null;
  outdated: boolean;
}

/** The editors' overview: every profile with the state of its latest revision. */
export async function readProfileListing(prisma: PrismaClient): Promise<ProfileListing[]> {
  const profiles = await prisma.countryProfile.findMany({
    orderBy: [{ country: "asc" }, { locale: "asc" }],
    select: {
      country: true,
      locale: true,
      publishedRevisionId: true,
      publishedRevision: { select: { facts: true, sourceRevisionId: true } },
      revisions: { orderBy: { number: "desc" }, take: 1, select: { number: true, status: true, facts: true } },
    },
  });
  const englishPublished = new Map(profiles.filter((p) => p.locale === referenceLocale).map((p) => [p.country, p.publishedRevisionId]));
  return profiles.map((profile) => {
    const latest = profile.revisions[0];
    const facts = countryFactsSchema.safeParse(profile.publishedRevision?.facts ?? latest?.facts);
    const state: ProfileState = latest?.status === "draft" ? "draft" : latest?.status === "in_review" ? "in_review" : "published";
    return {
      country: profile.country,
      locale: profile.locale as Locale,
      name: facts.data?.name ?? profile.country,
      state,
      latestNumber: latest?.number ?? 0,
      lastReviewed: facts.data?.lastReviewed ?? null,
      outdated: isOutdated(profile.locale, profile.publishedRevision?.sourceRevisionId ?? null, englishPublished.get(profile.country)),
    };
  });
}
