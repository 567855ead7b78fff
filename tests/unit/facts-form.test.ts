import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { loadCountrySeeds, type CountrySeed } from "@/lib/content/countries";
import { formFields } from "@/lib/auth/mutation";
import { factsToForm, formToValues, issuesByField, parseFacts, scopedValues } from "@/lib/editorial/facts-form";
import { routeFieldGroups } from "@/lib/editorial/route-fields";

// The form as a browser would send it: every field as a string, plus the blank row each list gets for a new entry.
function submitted(values: Record<string, string>) {
  const form = new FormData();
  for (const [key, value] of Object.entries(values)) form.set(key, value);
  form.set("sources.99.title", "");
  form.set("unknown", "ignored");
  return form;
}

describe("facts form", () => {
  let seeds: CountrySeed[];
  before(async () => {
    seeds = await loadCountrySeeds();
  });

  it("gives back the facts it was filled from, for every country profile in every language", () => {
    assert.ok(seeds.length >= 27 * 6, `${seeds.length} profiles`);
    for (const seed of seeds) {
      const english = seeds.find((other) => other.country === seed.country && other.locale === "en")!;
      const values = formToValues(formFields(submitted(factsToForm(seed.frontmatter, english.frontmatter.routes))));
      assert.equal("unknown" in values, false);
      // The editor saves on top of the revision it started from: the routes' review log, not a form field, comes from it.
      const parsed = parseFacts(values, seed.country, seed.locale !== "en", seed.frontmatter);
      assert.ok(parsed.success, `${seed.country}/${seed.locale}: ${parsed.error?.message}`);
      const expected = {
        ...seed.frontmatter,
        translation: seed.frontmatter.translation && { reviewed: seed.frontmatter.translation.reviewed },
        routeTexts: seed.frontmatter.routeTexts && {
          ...seed.frontmatter.routeTexts,
          translation: seed.frontmatter.routeTexts.translation && { reviewed: seed.frontmatter.routeTexts.translation.reviewed },
        },
      };
      assert.deepEqual(parsed.data, JSON.parse(JSON.stringify(expected)), `${seed.country}/${seed.locale}`);
    }
  });

  it("puts each error under the field it belongs to", () => {
    const germany = seeds.find((seed) => seed.country === "germany" && seed.locale === "en")!;
    const values = {
      ...factsToForm(germany.frontmatter),
      "authority.url": "javascript:alert(1)",
      "sources.0.url": "not an address",
      isoCode: "germany",
      officialLanguages: "",
    };
    const parsed = parseFacts(values, "germany", false);
    assert.equal(parsed.success, false);
    const issues = issuesByField(parsed.error!);
    assert.deepEqual(Object.keys(issues).sort(), ["authority.url", "isoCode", "officialLanguages", "sources.0.url"]);
    assert.equal(issues["authority.url"]!.code, "invalid_format");
  });

  it("offers a blank choice in every select of a route's blank rows, so an untouched new row stays out of the facts", () => {
    const germany = seeds.find((seed) => seed.country === "germany" && seed.locale === "en")!;
    const values = scopedValues(factsToForm(germany.frontmatter), "eu-blue-card");
    const label = (key: string) => key;
    const groups = routeFieldGroups(
      values,
      { route: "eu-blue-card", english: true, scheme: false, derivedStatus: "eu", language: "English" },
      { route: label, public: label, field: label, entry: String },
    );
    const blank: Record<string, string> = {};
    for (const field of groups.flatMap((group) => group.fields))
      if (!(field.name in values)) blank[field.name] = field.type === "select" ? field.options![0]!.value : "";
    assert.ok(
      Object.keys(blank).some((name) => name.includes(".figures.")),
      "a blank figure row",
    );
    assert.ok(
      Object.keys(blank).some((name) => name.includes(".apply.")),
      "a blank row to say where to apply",
    );
    const parsed = parseFacts({ ...values, ...blank, scope: "eu-blue-card" }, "germany", false, germany.frontmatter);
    assert.ok(parsed.success, parsed.error?.message);
    assert.deepEqual(parsed.data, JSON.parse(JSON.stringify(germany.frontmatter)));
  });
});
