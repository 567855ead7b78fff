import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { loadCountrySeeds } from "@/lib/content/countries";
import { seedCountryProfiles } from "@/lib/editorial/seed";
import { migratedDatabaseForSuite } from "@/tests/support/database";

describe("seed", () => {
  const database = migratedDatabaseForSuite();

  /** An editor's change, reviewed and published as revision 2: what the seed must never overwrite. */
  async function publishEdit(profileId: string, facts: object, body: string) {
    const editor = await database.prisma.user.create({
      data: { email: `editor-${profileId}@example.org`, role: "editor", passwordHash: "x" },
    });
    return database.prisma.profileRevision.create({
      data: { profileId, number: 2, facts, body, status: "published", authorId: editor.id, reviewedById: editor.id },
    });
  }

  it("creates each profile once with a published first revision, and never overwrites an edited one", async () => {
    const seeds = (await loadCountrySeeds()).slice(0, 6);
    assert.ok(seeds.length > 0, "content/countries has profiles");
    assert.deepEqual(await seedCountryProfiles(database.prisma, seeds), { created: seeds.length, upgraded: 0, offered: 0, unchanged: 0 });

    const first = seeds[0]!;
    const profile = await database.prisma.countryProfile.findUniqueOrThrow({
      where: { country_locale: { country: first.country, locale: first.locale } },
      include: { publishedRevision: true },
    });
    assert.equal(profile.publishedRevision?.status, "published");
    assert.equal(profile.publishedRevision?.body, first.bodySource);

    // An editor's change, reviewed and published.
    const edited = await publishEdit(profile.id, first.frontmatter, "Edited by an editor.");
    await database.prisma.countryProfile.update({ where: { id: profile.id }, data: { publishedRevisionId: edited.id } });

    assert.deepEqual(await seedCountryProfiles(database.prisma, seeds), { created: 0, upgraded: 0, offered: 0, unchanged: seeds.length });
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

    assert.deepEqual(await seedCountryProfiles(database.prisma, all), { created: 1, upgraded: 0, offered: 0, unchanged: all.length - 1 });
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

  it("upgrades a profile still on its seed to new content files, and offers them as a draft once where an editor changed it", async () => {
    const seeds = (await loadCountrySeeds()).filter(
      (seed) => seed.country === "portugal" && (seed.locale === "en" || seed.locale === "fr"),
    );
    await seedCountryProfiles(database.prisma, seeds);
    const english = seeds.find((seed) => seed.locale === "en")!;
    const french = seeds.find((seed) => seed.locale === "fr")!;
    // The French profile is edited through the site; then both files change.
    const frenchProfile = await database.prisma.countryProfile.findUniqueOrThrow({
      where: { country_locale: { country: "portugal", locale: "fr" } },
    });
    const edited = await publishEdit(frenchProfile.id, french.frontmatter, "Texte revu par une éditrice.");
    await database.prisma.countryProfile.update({ where: { id: frenchProfile.id }, data: { publishedRevisionId: edited.id } });
    const changed = [
      { ...english, bodySource: `${english.bodySource}\nA new paragraph.\n`, seedDigest: "0000000000000001" },
      { ...french, bodySource: `${french.bodySource}\nUn nouveau paragraphe.\n`, seedDigest: "0000000000000002" },
    ];
    assert.deepEqual(await seedCountryProfiles(database.prisma, changed), { created: 0, upgraded: 1, offered: 1, unchanged: 0 });

    const englishAfter = await database.prisma.countryProfile.findUniqueOrThrow({
      where: { country_locale: { country: "portugal", locale: "en" } },
      include: { publishedRevision: true },
    });
    assert.match(englishAfter.publishedRevision!.body, /A new paragraph\.\n$/);
    assert.equal(englishAfter.publishedRevision!.number, 2);
    const frenchAfter = await database.prisma.countryProfile.findUniqueOrThrow({
      where: { id: frenchProfile.id },
      include: { publishedRevision: true, revisions: { where: { status: "draft" } } },
    });
    assert.equal(frenchAfter.publishedRevision!.body, "Texte revu par une éditrice.", "the edited text stays published");
    assert.equal(frenchAfter.revisions.length, 1);
    assert.match(frenchAfter.revisions[0]!.body, /Un nouveau paragraphe\.\n$/);
    assert.equal(frenchAfter.revisions[0]!.baseRevisionId, edited.id);

    // The same files again: nothing more.
    assert.deepEqual(await seedCountryProfiles(database.prisma, changed), { created: 0, upgraded: 0, offered: 0, unchanged: 2 });
  });
});
