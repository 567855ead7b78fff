// The route editor's save on a real PostgreSQL, through the same mutation as the server action: one route's form
// gives back exactly the facts it was filled from (and keeps the rest of the profile), and a figure without its date
// or its source is refused with the error under that figure's field.
import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { createUser } from "@/lib/auth/accounts";
import { performMutation } from "@/lib/auth/mutation";
import type { Actor } from "@/lib/auth/roles";
import { loadCountrySeeds, type CountrySeed } from "@/lib/content/countries";
import type { PrismaClient } from "@/lib/db/prisma";
import { factsToForm, scopedValues } from "@/lib/editorial/facts-form";
import { editorialMutations } from "@/lib/editorial/mutations";
import { routeLists, rowCount } from "@/lib/editorial/route-form";
import { seedCountryProfiles } from "@/lib/editorial/seed";
import { migratedDatabaseForSuite } from "@/tests/support/database";

describe("route editor", () => {
  const database = migratedDatabaseForSuite(3);
  let prisma: PrismaClient;
  let editor: Actor;
  let germany: Record<"en" | "fr", CountrySeed>;

  before(async () => {
    prisma = database.prisma;
    const seeds = (await loadCountrySeeds()).filter((seed) => seed.country === "germany");
    await seedCountryProfiles(prisma, seeds);
    germany = { en: seeds.find((seed) => seed.locale === "en")!, fr: seeds.find((seed) => seed.locale === "fr")! };
    editor = await createUser(prisma, { email: "route-editor@example.org", role: "editor", password: "a long enough password" });
  });

  const latest = (locale: string) =>
    prisma.profileRevision.findFirstOrThrow({ where: { profile: { country: "germany", locale } }, orderBy: { number: "desc" } });

  /** Posts one route's form as the browser would: its fields, the blank rows left blank, the hidden fields. */
  async function saveRoute(locale: "en" | "fr", route: string, change: (values: Record<string, string>) => void = () => {}) {
    const base = await latest(locale);
    const values = scopedValues(factsToForm(germany[locale].frontmatter, germany.en.frontmatter.routes), route);
    // The blank row after each list, as a browser sends it: every field, a select's blank choice included.
    for (const list of locale === "en" ? (["figures", "apply", "sources"] as const) : []) {
      const row = rowCount(values, `routes.${route}.${list}`, routeLists[list]);
      for (const field of routeLists[list]) values[`routes.${route}.${list}.${row}.${field}`] = "";
    }
    values[`texts.${route}.conditions.${rowCount(values, `texts.${route}.conditions`, ["text"])}.text`] = "";
    change(values);
    const form = new FormData();
    for (const [name, value] of Object.entries({ ...values, country: "germany", locale, baseRevisionId: base.id, scope: route }))
      form.set(name, value);
    return performMutation(editorialMutations.save, { prisma, actor: editor }, form);
  }

  it("saves a route's form unchanged as the facts it was filled from, and keeps the profile's text and other routes", async () => {
    const before = await latest("en");
    const outcome = await saveRoute("en", "eu-blue-card");
    assert.ok(outcome.ok, JSON.stringify(outcome));
    const saved = await latest("en");
    assert.equal(saved.number, before.number + 1);
    assert.deepEqual(saved.facts, JSON.parse(JSON.stringify(before.facts)));
    assert.equal(saved.body, before.body);
  });

  it("changes only the route and field edited, in English and in a translation", async () => {
    const englishSummary = "Edited by the integration test: the EU Blue Card in Germany, for graduates with a job offer.";
    assert.ok((await saveRoute("en", "eu-blue-card", (values) => (values["texts.eu-blue-card.summary"] = englishSummary))).ok);
    const english = (await latest("en")).facts as typeof germany.en.frontmatter;
    assert.equal(english.routeTexts?.routes["eu-blue-card"]?.summary, englishSummary);
    assert.deepEqual(english.routes, JSON.parse(JSON.stringify(germany.en.frontmatter.routes)));

    const frenchSummary = "Modifié par le test d’intégration : la carte bleue européenne en Allemagne.";
    assert.ok((await saveRoute("fr", "eu-blue-card", (values) => (values["texts.eu-blue-card.summary"] = frenchSummary))).ok);
    const french = (await latest("fr")).facts as typeof germany.fr.frontmatter;
    assert.equal(french.routeTexts?.routes["eu-blue-card"]?.summary, frenchSummary);
    assert.equal(french.routes, undefined);
    const { summary: _summary, ...rest } = french.routeTexts!.routes["eu-blue-card"]!;
    const { summary: _seedSummary, ...seedRest } = germany.fr.frontmatter.routeTexts!.routes["eu-blue-card"]!;
    assert.deepEqual(rest, seedRest);
    assert.deepEqual(Object.keys(french.routeTexts!.routes).sort(), Object.keys(germany.fr.frontmatter.routeTexts!.routes).sort());
  });

  it("refuses a figure without the date it was checked or without a source, naming the figure's field", async () => {
    const route = Object.entries(germany.en.frontmatter.routes!.routes).find(([, facts]) =>
      facts.figures.some((figure) => figure.amount !== undefined),
    )!;
    const [id, facts] = route;
    const row = facts.figures.findIndex((figure) => figure.amount !== undefined);
    const before = await latest("en");
    const undated = await saveRoute("en", id, (values) => (values[`routes.${id}.figures.${row}.checked`] = ""));
    assert.equal(undated.ok, false);
    assert.ok(!undated.ok && undated.status === 422);
    assert.deepEqual(Object.keys(undated.ok ? {} : (undated.fieldIssues ?? {})), [`routes.${id}.figures.${row}.checked`]);
    const unsourced = await saveRoute("en", id, (values) => (values[`routes.${id}.figures.${row}.source`] = ""));
    assert.deepEqual(Object.keys(unsourced.ok ? {} : (unsourced.fieldIssues ?? {})), [`routes.${id}.figures.${row}.source`]);
    // A new figure in the blank row, without its label in English: the cross-check puts the error on the label's field.
    const unlabelled = await saveRoute("en", id, (values) =>
      Object.assign(values, {
        [`routes.${id}.figures.${facts.figures.length}.id`]: "new-fee",
        [`routes.${id}.figures.${facts.figures.length}.kind`]: "fee",
        [`routes.${id}.figures.${facts.figures.length}.source`]: "https://www.make-it-in-germany.com/en/",
        [`texts.${id}.figures.${facts.figures.length}.label`]: "",
      }),
    );
    assert.deepEqual(Object.keys(unlabelled.ok ? {} : (unlabelled.fieldIssues ?? {})), [
      `texts.${id}.figures.${facts.figures.length}.label`,
    ]);
    assert.equal((await latest("en")).id, before.id, "nothing was saved");
  });

  it("adds a national scheme from a blank form, and refuses one without purposes or national name", async () => {
    const scheme = "integration-test-scheme";
    const fill = (values: Record<string, string>) =>
      Object.assign(values, {
        [`texts.${scheme}.name`]: "Integration test scheme",
        [`texts.${scheme}.summary`]: "A scheme added by the integration test, to check the editor.",
        [`routes.${scheme}.sources.0.title`]: "Make it in Germany",
        [`routes.${scheme}.sources.0.url`]: "https://www.make-it-in-germany.com/en/",
      });
    const refused = await saveRoute("en", scheme, fill);
    assert.deepEqual(Object.keys(refused.ok ? {} : (refused.fieldIssues ?? {})).sort(), [
      `routes.${scheme}.nationalName`,
      `routes.${scheme}.purposes`,
    ]);
    const added = await saveRoute("en", scheme, (values) =>
      Object.assign(fill(values), { [`routes.${scheme}.nationalName`]: "Testverfahren", [`routes.${scheme}.purposes.skilled-work`]: "on" }),
    );
    assert.ok(added.ok, JSON.stringify(added));
    const facts = (await latest("en")).facts as typeof germany.en.frontmatter;
    assert.deepEqual(facts.routes?.routes[scheme]?.purposes, ["skilled-work"]);
    assert.equal(facts.routeTexts?.routes[scheme]?.name, "Integration test scheme");
  });
});
