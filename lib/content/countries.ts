// Country profile seeds: content/countries/<slug>/<locale>.mdx, frontmatter = facts, body = the editors' text.
import path from "node:path";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { contentRoot, loadMdxFile, mdxLocalesIn, subfolders, type ContentFile } from "./files";
import { ContentError } from "./errors";
import { countryFactsSchema, type CountryFacts } from "./schema";

export interface CountrySeed extends ContentFile<CountryFacts> {
  country: string;
  locale: Locale;
}

/** The member states Passage has a profile for: one folder each under content/countries. */
export async function countrySlugs(): Promise<string[]> {
  return subfolders(path.join(contentRoot, "countries"));
}

export async function loadCountrySeeds(): Promise<CountrySeed[]> {
  const seeds: CountrySeed[] = [];
  const root = path.join(contentRoot, "countries");
  for (const country of await countrySlugs()) {
    for (const locale of (await mdxLocalesIn(path.join(root, country))).filter(isLocale)) {
      const loaded = await loadMdxFile(path.join(root, country, `${locale}.mdx`), countryFactsSchema);
      if (!loaded) continue;
      if (loaded.frontmatter.country !== country) throw new ContentError(loaded.file, [`country: must be "${country}" (the folder name)`]);
      seeds.push({ ...loaded, country, locale });
    }
  }
  return seeds;
}
