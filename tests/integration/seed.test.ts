import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { loadCountrySeeds } from "@/lib/content/countries";
import type { PrismaClient } from "@/lib/db/prisma";
import { seedCountryProfiles } from "@/lib/editorial/seed";
import { createMigratedTestDatabase } from "@/tests/support/database";

describe("seed", () => {
  let test: Awaited<ReturnType<typeof createMigratedTestDatabase>>;
  let prisma: PrismaClient;
  before(async () => {
    test = await createMigratedTestDatabase();
    prisma = test.prisma;
  });
  after(async () => {
    await test?.close();
  });

  it("creates each profile once with a published first revision, and never overwrites an edited one", async () => {
    const seeds = (await loadCountrySeeds()).slice(0, 6);
    assert.ok(seeds.length > 0, "content/countries has profiles");
    assert.deepEqual(await seedCountryProfiles(prisma, seeds), { created: seeds.length, skipped: 0 });

    const first = seeds[0]!;
    const profile = await prisma.countryProfile.findUniqueOrThrow({ where: { country_locale: { country: first.country, locale: first.locale } }, include: { publishedRevision: true } });
    assert.equal(profile.publishedRevision?.status, "published");
    assert.equal(profile.publishedRevision?.body, first.bodySource);

    // An editor's change: a new published revision.
    const edited = await prisma.profileRevision.create({ data: { profileId: profile.id, number: 2, facts: first.frontmatter, body: "Edited by an editor.", status: "published" } });
    await prisma.countryProfile.update({ where: { id: profile.id }, data: { publishedRevisionId: edited.id } });

    assert.deepEqual(await seedCountryProfiles(prisma, seeds), { created: 0, skipped: seeds.length });
    const after = await prisma.countryProfile.findUniqueOrThrow({ where: { id: profile.id }, include: { publishedRevision: true } });
    assert.equal(after.publishedRevision?.body, "Edited by an editor.");
    assert.equal(await prisma.profileRevision.count({ where: { profileId: profile.id } }), 2);
  });
});
