import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { countryFilterQuery, filterCountries, foldForMatch } from "@/lib/countries/filter";

const countries = [
  { country: "austria", facts: { name: "Österreich" } },
  { country: "czechia", facts: { name: "Česko" } },
  { country: "germany", facts: { name: "Allemagne" } },
  { country: "greece", facts: { name: "Ελλάδα" } },
  { country: "spain", facts: { name: "España" } },
];
const slugsOf = (query: string) => filterCountries(countries, query).map((entry) => entry.country);

describe("country filter", () => {
  it("folds case and accents", () => {
    assert.equal(foldForMatch("Österreich"), "osterreich");
    assert.equal(foldForMatch("ČESKO"), "cesko");
    assert.equal(foldForMatch("Ελλάδα"), "ελλαδα");
  });

  it("matches the name in the reader's language without case or accents", () => {
    assert.deepEqual(slugsOf("osterr"), ["austria"]);
    assert.deepEqual(slugsOf("ČES"), ["czechia"]);
    assert.deepEqual(slugsOf("espana"), ["spain"]);
    assert.deepEqual(slugsOf("ελλ"), ["greece"]);
  });

  it("also matches the slug, so the English name works in every language", () => {
    assert.deepEqual(slugsOf("German"), ["germany"]);
    assert.deepEqual(slugsOf("a"), ["austria", "czechia", "germany", "spain"], "by slug (austria, czechia) or by name (Allemagne, España)");
  });

  it("keeps every country for an empty query and none for a query that matches nothing", () => {
    assert.equal(slugsOf("").length, countries.length);
    assert.deepEqual(slugsOf("atlantis"), []);
  });

  it("reads one trimmed query of at most 100 characters from the search parameter", () => {
    assert.equal(countryFilterQuery("  cesko "), "cesko");
    assert.equal(countryFilterQuery(undefined), "");
    assert.equal(countryFilterQuery(["a", "b"]), "");
    assert.equal(countryFilterQuery("x".repeat(101)), "");
    assert.equal(countryFilterQuery("x".repeat(100)), "x".repeat(100));
  });
});
