import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { loadCountrySeeds } from "@/lib/content/countries";
import { seedCountryProfiles } from "@/lib/editorial/seed";
import { migratedDatabaseForSuite } from "@/tests/support/database";

describe("seed", () => {
  const database = migratedDatabaseForSuite();

  it("creates each profile once with a published first revision, and never overwrites an edited one", async () => {
    const seeds = (await loadCountrySeeds()).slice(0, 6);
    assert.ok(seeds.length > 0, "content/countries has profiles");
    assert.deepEqual(await seedCountryProfiles(database.prisma, seeds), { created: seeds.length, skipped: 0 });

    const first = seeds[0]!;
    const profile = await database.prisma.countryProfile.findUniqueOrThrow({
      where: { country_locale: { country: first.country, locale: first.locale } },
      include: { publishedRevision: true },
    });
    assert.equal(profile.publishedRevision?.status, "published");
    assert.equal(profile.publishedRevision?.body, first.bodySource);

    // An editor's change: a new published revision.
    const edited = await database.prisma.profileRevision.create({
      data: { profileId: profile.id, number: 2, facts: first.frontmatter, body: "Edited by an editor.", status: "published" },
    });
    await database.prisma.countryProfile.update({ where: { id: profile.id }, data: { publishedRevisionId: edited.id } });

    assert.deepEqual(await seedCountryProfiles(database.prisma, seeds), { created: 0, skipped: seeds.length });
    const after = await database.prisma.countryProfile.findUniqueOrThrow({
      where: { id: profile.id },
      include: { publishedRevision: true },
    });
    assert.equal(after.publishedRevision?.body, "Edited by an editor.");
    assert.equal(await database.prisma.profileRevision.count({ where: { profileId: profile.id } }), 2);
  });

  it("keeps an editor's unpublished draft and loads only the profiles that are missing", async () => {
    const all = (await loadCountrySeeds()).filter((seed) => seed.country === "germany" || seed.country === "austria");
    await seedCountryProfiles(database.prisma, all);
    const profile = await database.prisma.countryProfile.findUniqueOrThrow({
      where: { country_locale: { country: "germany", locale: "en" } },
      include: { publishedRevision: true },
    });
    await database.prisma.profileRevision.create({
      data: { profileId: profile.id, number: 2, facts: profile.publishedRevision!.facts!, body: "A draft in progress.", status: "draft" },
    });
    await database.prisma.countryProfile.delete({ where: { country_locale: { country: "austria", locale: "fr" } } });

    assert.deepEqual(await seedCountryProfiles(database.prisma, all), { created: 1, skipped: all.length - 1 });
    const drafts = await database.prisma.profileRevision.findMany({ where: { profileId: profile.id, status: "draft" } });
    assert.deepEqual(
      drafts.map((draft) => draft.body),
      ["A draft in progress."],
    );
    assert.ok(
      await database.prisma.countryProfile.findUnique({ where: { country_locale: { country: "austria", locale: "fr" } } }),
      "the missing profile is back",
    );
  });

  it("records the English revision a translation was made from when the file's digest says so", async () => {
    const seeds = await loadCountrySeeds();
    const english = new Map(seeds.filter((seed) => seed.locale === "en").map((seed) => [seed.country, seed.digest]));
    const stamped = seeds.find(
      (seed) =>
        seed.locale !== "en" &&
        !["germany", "austria"].includes(seed.country) &&
        seed.frontmatter.translation?.sourceDigest === english.get(seed.country),
    );
    assert.ok(stamped, "at least one translation is stamped with its English file's digest");
    await seedCountryProfiles(
      database.prisma,
      seeds.filter((seed) => seed.country === stamped.country),
    );
    const source = await database.prisma.countryProfile.findUniqueOrThrow({
      where: { country_locale: { country: stamped.country, locale: "en" } },
    });
    const translation = await database.prisma.countryProfile.findUniqueOrThrow({
      where: { country_locale: { country: stamped.country, locale: stamped.locale } },
      include: { publishedRevision: true },
    });
    assert.equal(translation.publishedRevision?.sourceRevisionId, source.publishedRevisionId);
  });
});
