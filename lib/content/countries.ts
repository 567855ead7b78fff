// Country profile seeds: content/countries/<slug>/<locale>.mdx, frontmatter = facts, body = the editors' text, plus the
// country's routes: routes.yaml (facts, in the English profile) and routes.<locale>.yaml (texts, in each language's).
import path from "node:path";
import { isLocale, referenceLocale, type Locale } from "@/lib/i18n/locales";
import { contentRoot, digestOf, loadMdxFile, mdxLocalesIn, subfolders, type ContentFile } from "./files";
import { ContentError } from "./errors";
import { loadRouteFacts, loadRouteTexts } from "./country-routes";
import { countryFactsSchema, type CountryFacts } from "./schema";

export interface CountrySeed extends ContentFile<CountryFacts> {
  country: string;
  locale: Locale;
  /** Digest of every file this seed was made of: a published seed revision is upgraded when it changes. */
  seedDigest: string;
}

/** The member states Passage has a profile for: one folder each under content/countries. */
export async function countrySlugs(): Promise<string[]> {
  return subfolders(path.join(contentRoot, "countries"));
}

export async function loadCountrySeeds(): Promise<CountrySeed[]> {
  const seeds: CountrySeed[] = [];
  const root = path.join(contentRoot, "countries");
  for (const country of await countrySlugs()) {
    const routes = await loadRouteFacts(country);
    for (const locale of (await mdxLocalesIn(path.join(root, country))).filter(isLocale)) {
      const loaded = await loadMdxFile(path.join(root, country, `${locale}.mdx`), countryFactsSchema);
      if (!loaded) continue;
      if (loaded.frontmatter.country !== country) throw new ContentError(loaded.file, [`country: must be "${country}" (the folder name)`]);
      const texts = routes ? await loadRouteTexts(country, locale) : null;
      const ownRoutes = locale === referenceLocale ? routes : null;
      const frontmatter: CountryFacts = {
        ...loaded.frontmatter,
        ...(ownRoutes ? { routes: ownRoutes.data } : {}),
        ...(texts ? { routeTexts: texts.data } : {}),
      };
      const seedDigest = digestOf([loaded.digest, ownRoutes?.digest ?? "", texts?.digest ?? ""].join(":"));
      seeds.push({ ...loaded, frontmatter, country, locale, seedDigest });
    }
  }
  return seeds;
}
