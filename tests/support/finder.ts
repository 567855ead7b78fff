// The route finder's countries built from the content files (as the seed publishes them), and a translator, so that
// unit tests run the decision table and the answer builder on the real routes without a database.
import { readFileSync } from "node:fs";
import { createTranslator } from "use-intl/core";
import { loadCountrySeeds } from "@/lib/content/countries";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/route-finder/answer";
import type { FinderCountry } from "@/lib/route-finder/decision-table";
import { countryRoutes } from "@/lib/routes/country-routes";

let seeds: ReturnType<typeof loadCountrySeeds> | undefined;

export async function contentFinderCountries(locale: Locale = "en"): Promise<FinderCountry[]> {
  const all = await (seeds ??= loadCountrySeeds());
  const countries: FinderCountry[] = [];
  for (const reference of all.filter((seed) => seed.locale === "en")) {
    const profile = all.find((seed) => seed.country === reference.country && seed.locale === locale) ?? reference;
    const facts = profile.frontmatter;
    countries.push({
      slug: reference.country,
      name: facts.name,
      facts,
      routes: countryRoutes(reference.frontmatter, facts.routeTexts),
      lastReviewed: reference.frontmatter.routes?.lastReviewed,
    });
  }
  return countries;
}

export function translator(locale: Locale = "en"): Translate {
  const messages = JSON.parse(readFileSync(`messages/${locale}.json`, "utf8")) as Record<string, unknown>;
  const t = createTranslator({ locale, messages });
  return (key, values) => (t as unknown as Translate)(key, values);
}
