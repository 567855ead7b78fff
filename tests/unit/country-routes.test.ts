import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { loadRouteFacts, loadRouteTexts, routeProblems } from "@/lib/content/country-routes";
import { countrySlugs, loadCountrySeeds } from "@/lib/content/countries";
import { countryRoutesSchema, figureSchema } from "@/lib/content/route-schema";
import { describeIssues } from "@/lib/content/schema";
import { locales } from "@/lib/i18n/locales";
import { alternativesTo, checkedLongAgo, countryRoutes } from "@/lib/routes/country-routes";
import { fixedRouteIds } from "@/lib/routes/registry";

const problemsOf = (result: { success: boolean; error?: Parameters<typeof describeIssues>[0] }) =>
  result.success ? [] : describeIssues(result.error!);

describe("a route figure", () => {
  const checked = {
    id: "salary",
    kind: "salary",
    amount: 48300,
    currency: "EUR",
    per: "year",
    appliesFrom: "2026-01-01",
    checked: "2026-12-05",
    source: "https://example.gov.eu/blue-card",
  };

  it("with its amount, dates and official source is valid", () => {
    assert.deepEqual(problemsOf(figureSchema.safeParse(checked)), []);
  });

  it("without a source fails on the field", () => {
    const { source: _, ...withoutSource } = checked;
    assert.ok(problemsOf(figureSchema.safeParse(withoutSource)).some((problem) => problem.startsWith("source:")));
  });

  it("with an amount but no date it applies from, or no date it was checked, fails on that field", () => {
    const { appliesFrom: _, ...undated } = checked;
    assert.deepEqual(problemsOf(figureSchema.safeParse(undated)), [
      "appliesFrom: a figure needs the date it applies from and the date it was checked",
    ]);
    const { checked: __, ...unchecked } = checked;
    assert.deepEqual(problemsOf(figureSchema.safeParse(unchecked)), [
      "checked: a figure needs the date it applies from and the date it was checked",
    ]);
  });

  it("names its file and field in the corpus check", () => {
    const file = {
      lastReviewed: "2026-12-05",
      reviewDue: "2027-06-05",
      routes: {
        "eu-blue-card": {
          figures: [{ ...checked, appliesFrom: undefined }],
          sources: [{ title: "Portal", url: "https://example.gov.eu/" }],
        },
      },
    };
    assert.deepEqual(problemsOf(countryRoutesSchema.safeParse(file)), [
      "routes.eu-blue-card.figures.0.appliesFrom: a figure needs the date it applies from and the date it was checked",
    ]);
  });

  it("without an amount is a pointer to the official page, and may not carry dates", () => {
    assert.deepEqual(problemsOf(figureSchema.safeParse({ id: "fee", kind: "fee", source: "https://example.gov.eu/fees" })), []);
    assert.ok(
      problemsOf(figureSchema.safeParse({ id: "fee", kind: "fee", checked: "2026-12-05", source: "https://example.gov.eu/fees" })).length,
    );
  });

  it("checked more than a year ago may be out of date", () => {
    assert.equal(checkedLongAgo("2025-12-04", new Date("2026-12-05T00:00:00Z")), true);
    assert.equal(checkedLongAgo("2025-12-06", new Date("2026-12-05T00:00:00Z")), false);
  });
});

describe("the country routes in content/", () => {
  it("every country has every fixed route, with texts in English for each, and no problem in any language", async () => {
    for (const country of await countrySlugs()) {
      const facts = await loadRouteFacts(country);
      assert.ok(facts, `${country}: content/countries/${country}/routes.yaml exists`);
      for (const id of fixedRouteIds) assert.ok(facts.data.routes[id], `${country}: has ${id}`);
      const english = await loadRouteTexts(country, "en");
      assert.ok(english, `${country}: routes.en.yaml exists`);
      for (const locale of locales) {
        const texts = await loadRouteTexts(country, locale);
        if (texts) assert.deepEqual(routeProblems(facts.data, texts.data), { facts: [], texts: [] }, `${country}/${locale}`);
      }
    }
  });

  it("says plainly in Denmark and Ireland that the EU routes do not apply, and lists what applies instead", async () => {
    const seeds = await loadCountrySeeds();
    for (const country of ["denmark", "ireland"]) {
      const english = seeds.find((seed) => seed.country === country && seed.locale === "en")!;
      const routes = countryRoutes(english.frontmatter, english.frontmatter.routeTexts);
      for (const id of ["eu-blue-card", "single-permit", "student", "family-reunification", "long-term-resident"]) {
        const route = routes.find((candidate) => candidate.id === id)!;
        assert.equal(route.status, "opt-out", `${country}/${id}`);
        assert.ok(route.text?.note, `${country}/${id} explains what to do instead`);
      }
      const blueCard = routes.find((route) => route.id === "eu-blue-card")!;
      assert.ok(
        alternativesTo(blueCard, routes).some((route) => route.scheme),
        `${country}: a national scheme replaces the Blue Card`,
      );
      assert.equal(routes.find((route) => route.id === "family-of-eu-citizens")!.status, "eu", "free movement applies everywhere");
    }
  });

  it("derives statuses from the profile's directives and Schengen membership", async () => {
    const seeds = await loadCountrySeeds();
    const germany = seeds.find((seed) => seed.country === "germany" && seed.locale === "en")!;
    const routes = countryRoutes(germany.frontmatter, germany.frontmatter.routeTexts);
    assert.equal(routes.find((route) => route.id === "eu-blue-card")!.status, "eu");
    assert.equal(routes.find((route) => route.id === "trainee-volunteer-au-pair")!.status, "partly");
    assert.equal(routes.find((route) => route.id === "job-seeker")!.status, "national");
    assert.equal(routes.find((route) => route.id === "short-stay-visa")!.status, "eu");
    assert.ok(routes.some((route) => route.scheme && route.status === "scheme"));
    const ireland = seeds.find((seed) => seed.country === "ireland" && seed.locale === "en")!;
    assert.equal(countryRoutes(ireland.frontmatter, undefined).find((route) => route.id === "short-stay-visa")!.status, "national");
  });

  it("reports a step or figure without its text in a language", () => {
    const facts = countryRoutesSchema.parse({
      lastReviewed: "2026-12-05",
      reviewDue: "2027-06-05",
      routes: Object.fromEntries(
        fixedRouteIds.map((id) => [
          id,
          {
            steps: ["visa-application"],
            figures: [{ id: "fee", kind: "fee", source: "https://example.gov.eu/fees" }],
            sources: [{ title: "Portal", url: "https://example.gov.eu/" }],
          },
        ]),
      ),
    });
    const texts = {
      routes: Object.fromEntries(fixedRouteIds.map((id) => [id, { summary: "A route summary.", conditions: [], figures: {}, steps: {} }])),
    };
    const { texts: problems } = routeProblems(facts, texts);
    assert.ok(problems.includes("routes.eu-blue-card.steps.visa-application: missing"));
    assert.ok(problems.includes("routes.eu-blue-card.figures.fee: missing label"));
  });
});
