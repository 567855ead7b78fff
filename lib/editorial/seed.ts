// Loads the country profiles from content/ into the database, and brings new content to existing databases without
// overwriting editors' work: a missing profile is created; a profile whose published revision is still the seed's own
// (never edited through the site) is upgraded to the new files; an edited profile gets the new files as a draft, once,
// for editors to compare and merge. The content files' digest (seedDigest) tells what a revision was loaded from.
import type { CountrySeed } from "@/lib/content/countries";
import type { PrismaClient } from "@/lib/db/prisma";
import { referenceLocale } from "@/lib/i18n/locales";

export interface SeedReport {
  created: number;
  /** Published seed revisions replaced by newer files. */
  upgraded: number;
  /** Edited profiles given the newer files as a draft. */
  offered: number;
  /** Profiles already up to date, or already offered these files. */
  unchanged: number;
}

type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

/** A revision the seed published and nobody has changed since: no author, no reviewer. */
const isSeedRevision = (revision: { authorId: string | null; reviewedById: string | null }) =>
  revision.authorId === null && revision.reviewedById === null;

/** The English revision a translation seed was made from, when the English profile is still that seed's file. */
async function translationSource(tx: Tx, seed: CountrySeed, seeds: CountrySeed[]) {
  if (seed.locale === referenceLocale) return null;
  const english = seeds.find((candidate) => candidate.country === seed.country && candidate.locale === referenceLocale);
  if (!english || seed.frontmatter.translation?.sourceDigest !== english.digest) return null;
  const profile = await tx.countryProfile.findUnique({
    where: { country_locale: { country: seed.country, locale: referenceLocale } },
    select: { publishedRevision: { select: { id: true, seedDigest: true, authorId: true, reviewedById: true } } },
  });
  const published = profile?.publishedRevision;
  return published && isSeedRevision(published) && (published.seedDigest === null || published.seedDigest === english.seedDigest)
    ? published.id
    : null;
}

export async function seedCountryProfiles(prisma: PrismaClient, seeds: CountrySeed[]): Promise<SeedReport> {
  const report: SeedReport = { created: 0, upgraded: 0, offered: 0, unchanged: 0 };
  // English first: a translation made from the English file being seeded records that revision as its source.
  const ordered = [...seeds].sort((a, b) => Number(b.locale === referenceLocale) - Number(a.locale === referenceLocale));
  for (const seed of ordered) {
    const outcome = await prisma.$transaction(async (tx) => {
      const profile = await tx.countryProfile.findUnique({
        where: { country_locale: { country: seed.country, locale: seed.locale } },
        select: {
          id: true,
          publishedRevision: { select: { id: true, seedDigest: true, authorId: true, reviewedById: true } },
          revisions: { orderBy: { number: "desc" }, take: 1, select: { number: true } },
        },
      });
      const content = { facts: seed.frontmatter, body: seed.bodySource, seedDigest: seed.seedDigest };
      if (!profile) {
        const created = await tx.countryProfile.create({ data: { country: seed.country, locale: seed.locale } });
        const revision = await tx.profileRevision.create({
          data: {
            ...content,
            profileId: created.id,
            number: 1,
            status: "published",
            publishedAt: new Date(),
            sourceRevisionId: await translationSource(tx, seed, seeds),
            note: `Loaded from ${seed.file}`,
          },
        });
        await tx.countryProfile.update({ where: { id: created.id }, data: { publishedRevisionId: revision.id } });
        return "created" as const;
      }
      const published = profile.publishedRevision;
      if (published?.seedDigest === seed.seedDigest) return "unchanged" as const;
      const number = (profile.revisions[0]?.number ?? 0) + 1;
      if (published && isSeedRevision(published)) {
        const revision = await tx.profileRevision.create({
          data: {
            ...content,
            profileId: profile.id,
            number,
            status: "published",
            publishedAt: new Date(),
            baseRevisionId: published.id,
            sourceRevisionId: await translationSource(tx, seed, seeds),
            note: `Updated from ${seed.file}`,
          },
        });
        await tx.profileRevision.update({ where: { id: published.id }, data: { status: "superseded" } });
        await tx.countryProfile.update({ where: { id: profile.id }, data: { publishedRevisionId: revision.id } });
        await tx.auditEntry.create({
          data: {
            action: "seed-upgrade",
            subject: `${seed.country}/${seed.locale}`,
            revisionId: revision.id,
            detail: `revision ${number}`,
          },
        });
        return "upgraded" as const;
      }
      if (await tx.profileRevision.findFirst({ where: { profileId: profile.id, seedDigest: seed.seedDigest }, select: { id: true } }))
        return "unchanged" as const;
      const draft = await tx.profileRevision.create({
        data: {
          ...content,
          profileId: profile.id,
          number,
          status: "draft",
          baseRevisionId: published?.id ?? null,
          note: `New content from ${seed.file}: compare it with the published text and merge what applies.`,
        },
      });
      await tx.auditEntry.create({
        data: { action: "seed-offer", subject: `${seed.country}/${seed.locale}`, revisionId: draft.id, detail: `revision ${number}` },
      });
      return "offered" as const;
    });
    report[outcome] += 1;
  }
  return report;
}
