// Country route files: content/countries/<country>/routes.yaml (facts, once per country) and routes.<locale>.yaml
// (texts per language). Loaded into the seed's profile revisions; checked here for what a schema cannot see alone:
// every fixed route present, schemes named, every step and figure given a text in every language.
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { parse as parseYaml } from "yaml";
import type { z } from "zod";
import { fixedRouteIds, fixedRoute } from "@/lib/routes/registry";
import type { Locale } from "@/lib/i18n/locales";
import { ContentError } from "./errors";
import { contentRoot, digestOf } from "./files";
import { countryRouteTextsSchema, countryRoutesSchema, type CountryRouteTexts, type CountryRoutes } from "./route-schema";
import { describeIssues } from "./schema";

export interface YamlFile<T> {
  file: string;
  data: T;
  digest: string;
}

async function loadYamlFile<S extends z.ZodType>(absolute: string, schema: S): Promise<YamlFile<z.infer<S>> | null> {
  if (!(await stat(absolute).catch(() => null))) return null;
  const file = path.relative(process.cwd(), absolute);
  const source = await readFile(absolute, "utf8");
  let data: unknown;
  try {
    data = parseYaml(source, { prettyErrors: true });
  } catch (error) {
    throw new ContentError(file, [`not valid YAML: ${(error as Error).message.split("\n")[0]}`]);
  }
  const result = schema.safeParse(data);
  if (!result.success) throw new ContentError(file, describeIssues(result.error));
  return { file, data: result.data, digest: digestOf(source) };
}

export const routeFactsFile = (country: string) => path.join(contentRoot, "countries", country, "routes.yaml");
export const routeTextsFile = (country: string, locale: Locale) => path.join(contentRoot, "countries", country, `routes.${locale}.yaml`);

export function loadRouteFacts(country: string): Promise<YamlFile<CountryRoutes> | null> {
  return loadYamlFile(routeFactsFile(country), countryRoutesSchema);
}

export function loadRouteTexts(country: string, locale: Locale): Promise<YamlFile<CountryRouteTexts> | null> {
  return loadYamlFile(routeTextsFile(country, locale), countryRouteTextsSchema);
}

/** Problems between a country's route facts and one language's texts, as "field: problem" lines. */
export function routeProblems(facts: CountryRoutes, texts: CountryRouteTexts | null): { facts: string[]; texts: string[] } {
  const factProblems: string[] = [];
  const textProblems: string[] = [];
  for (const id of fixedRouteIds) if (!facts.routes[id]) factProblems.push(`routes.${id}: missing (every country has every fixed route)`);
  for (const [id, route] of Object.entries(facts.routes)) {
    const fixed = fixedRoute(id);
    if (fixed && route.purposes) factProblems.push(`routes.${id}.purposes: only national schemes list purposes`);
    if (fixed && route.status === "scheme") factProblems.push(`routes.${id}.status: a fixed route is not a national scheme`);
    if (!fixed) {
      if (!route.purposes) factProblems.push(`routes.${id}.purposes: a national scheme needs its purposes`);
      if (route.status && route.status !== "scheme") factProblems.push(`routes.${id}.status: a national scheme's status is "scheme"`);
      if (!route.nationalName) factProblems.push(`routes.${id}.nationalName: a national scheme needs its name in the national language`);
    }
    if (new Set(route.steps).size !== route.steps.length) factProblems.push(`routes.${id}.steps: an id appears twice`);
    const figureIds = route.figures.map((figure) => figure.id);
    if (new Set(figureIds).size !== figureIds.length) factProblems.push(`routes.${id}.figures: an id appears twice`);
    if (!texts) continue;
    const text = texts.routes[id];
    if (!text) {
      textProblems.push(`routes.${id}: missing`);
      continue;
    }
    if (!fixed && !text.name) textProblems.push(`routes.${id}.name: a national scheme needs its name in this language`);
    for (const step of route.steps) if (!text.steps[step]) textProblems.push(`routes.${id}.steps.${step}: missing`);
    for (const step of Object.keys(text.steps)) if (!route.steps.includes(step)) textProblems.push(`routes.${id}.steps.${step}: not a step of the route`);
    for (const figure of figureIds) if (!text.figures[figure]) textProblems.push(`routes.${id}.figures.${figure}: missing label`);
    for (const figure of Object.keys(text.figures)) if (!figureIds.includes(figure)) textProblems.push(`routes.${id}.figures.${figure}: no such figure`);
  }
  if (texts) for (const id of Object.keys(texts.routes)) if (!facts.routes[id]) textProblems.push(`routes.${id}: no such route in routes.yaml`);
  return { facts: factProblems, texts: textProblems };
}

/** Every problem in one country's route files, as "file: problem" lines; none when the country has no routes yet. */
export async function checkRouteFiles(country: string, languages: readonly Locale[], reference: Locale): Promise<string[]> {
  const problems: string[] = [];
  const attempt = async <T>(load: () => Promise<T>): Promise<T | null> => {
    try {
      return await load();
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      problems.push(...error.problems.map((problem) => `${error.file}: ${problem}`));
      return null;
    }
  };
  const facts = await attempt(() => loadRouteFacts(country));
  if (!facts) return problems;
  for (const locale of languages) {
    const texts = await attempt(() => loadRouteTexts(country, locale));
    const textsFile = path.relative(process.cwd(), routeTextsFile(country, locale));
    // A language without texts yet has no route pages (content:status lists it); English must have them.
    if (texts === null && locale === reference && !problems.some((problem) => problem.startsWith(textsFile))) problems.push(`${textsFile}: missing`);
    if (texts && locale !== reference && !texts.data.translation) problems.push(`${textsFile}: translation: a translation says whether a person reviewed it`);
    const found = routeProblems(facts.data, texts?.data ?? null);
    if (locale === reference) problems.push(...found.facts.map((problem) => `${facts.file}: ${problem}`));
    problems.push(...found.texts.map((problem) => `${textsFile}: ${problem}`));
  }
  return problems;
}
