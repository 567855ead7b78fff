// Loads the country profiles from content/ into the database. Create-only: a profile that exists is never touched,
// so what editors changed through the site survives every start.
import type { CountrySeed } from "@/lib/content/countries";
import type { PrismaClient } from "@/lib/db/generated/client";

export async function seedCountryProfiles(prisma: PrismaClient, seeds: CountrySeed[]) {
  const existing = await prisma.countryProfile.findMany({ select: { country: true, locale: true } });
  const present = new Set(existing.map((profile) => `${profile.country}/${profile.locale}`));
  let created = 0;
  for (const seed of seeds) {
    if (present.has(`${seed.country}/${seed.locale}`)) continue;
    await prisma.$transaction(async (tx) => {
      const profile = await tx.countryProfile.create({ data: { country: seed.country, locale: seed.locale } });
      const revision = await tx.profileRevision.create({
        data: { profileId: profile.id, number: 1, facts: seed.frontmatter, body: seed.bodySource, status: "published", note: `Loaded from ${seed.file}` },
      });
      await tx.countryProfile.update({ where: { id: profile.id }, data: { publishedRevisionId: revision.id } });
    });
    created += 1;
  }
  return { created, skipped: seeds.length - created };
}
