// Loads the country profiles from content/ into the database. Create-only: a profile that exists is never touched,
// so what editors changed through the site survives every start.
import type { CountrySeed } from "@/lib/content/countries";
import type { PrismaClient } from "@/lib/db/prisma";
import { referenceLocale } from "@/lib/i18n/locales";

export async function seedCountryProfiles(prisma: PrismaClient, seeds: CountrySeed[]) {
  const existing = await prisma.countryProfile.findMany({ select: { country: true, locale: true } });
  const present = new Set(existing.map((profile) => `${profile.country}/${profile.locale}`));
  // English first: a translation made from the English file being seeded records that revision as its source.
  const ordered = [...seeds].sort((a, b) => Number(b.locale === referenceLocale) - Number(a.locale === referenceLocale));
  let created = 0;
  for (const seed of ordered) {
    if (present.has(`${seed.country}/${seed.locale}`)) continue;
    const english = seeds.find((candidate) => candidate.country === seed.country && candidate.locale === referenceLocale);
    const translatedFromSeed = seed.locale !== referenceLocale && english && seed.frontmatter.translation?.sourceDigest === english.digest;
    await prisma.$transaction(async (tx) => {
      const source = translatedFromSeed
        ? await tx.countryProfile.findUnique({
            where: { country_locale: { country: seed.country, locale: referenceLocale } },
            select: { publishedRevision: { select: { id: true, number: true } } },
          })
        : null;
      const profile = await tx.countryProfile.create({ data: { country: seed.country, locale: seed.locale } });
      const revision = await tx.profileRevision.create({
        data: {
          profileId: profile.id,
          number: 1,
          facts: seed.frontmatter,
          body: seed.bodySource,
          status: "published",
          publishedAt: new Date(),
          // Only when the English profile is still the seeded file this translation was made from.
          sourceRevisionId: source?.publishedRevision?.number === 1 ? source.publishedRevision.id : null,
          note: `Loaded from ${seed.file}`,
        },
      });
      await tx.countryProfile.update({ where: { id: profile.id }, data: { publishedRevisionId: revision.id } });
    });
    created += 1;
  }
  return { created, skipped: seeds.length - created };
}
