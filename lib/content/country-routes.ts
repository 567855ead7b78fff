// Country route files: content/countries/<country>/routes.yaml (facts, once per country) and routes.<locale>.yaml
// (texts per language). Loaded into the seed's profile revisions; checked here for what a schema cannot see alone:
// every fixed route present, schemes named, every step and figure given a text in every language.
import path from "node:path";
import { fixedRouteIds, fixedRoute } from "@/lib/routes/registry";
import type { Locale } from "@/lib/i18n/locales";
import { ContentError } from "./errors";
import { contentRoot, loadYamlFile, type YamlFile } from "./files";
import { countryRouteTextsSchema, countryRoutesSchema, type CountryRouteTexts, type CountryRoutes } from "./route-schema";

export const routeFactsFile = (country: string) => path.join(contentRoot, "countries", country, "routes.yaml");
export const routeTextsFile = (country: string, locale: Locale) => path.join(contentRoot, "countries", country, `routes.${locale}.yaml`);

export function loadRouteFacts(country: string): Promise<YamlFile<CountryRoutes> | null> {
  return loadYamlFile(routeFactsFile(country), countryRoutesSchema);
}

export function loadRouteTexts(country: string, locale: Locale): Promise<YamlFile<CountryRouteTexts> | null> {
  return loadYamlFile(routeTextsFile(country, locale), countryRouteTextsSchema);
}

/** Why a route problem arose; the back office shows each in the editor's language, next to its field. */
export type RouteProblemReason =
  | "missingRoute"
  | "fixedPurposes"
  | "fixedStatus"
  | "schemePurposes"
  | "schemeStatus"
  | "schemeNationalName"
  | "duplicateId"
  | "missingText"
  | "schemeName"
  | "noSuchId";

/** One problem: where (route id, then the field inside it), why, and in words for the content check. */
export interface RouteProblem {
  route: string;
  /** Inside the route's facts or texts, e.g. ["steps", "apply-online"]; empty for the route as a whole. */
  path: string[];
  reason: RouteProblemReason;
  message: string;
}

/** Problems between a country's route facts and one language's texts, each with its place and reason. */
export function routeIssues(facts: CountryRoutes, texts: CountryRouteTexts | null): { facts: RouteProblem[]; texts: RouteProblem[] } {
  const factProblems: RouteProblem[] = [];
  const textProblems: RouteProblem[] = [];
  const problem = (route: string, path: string[], reason: RouteProblemReason, message: string) => ({ route, path, reason, message });
  for (const id of fixedRouteIds)
    if (!facts.routes[id]) factProblems.push(problem(id, [], "missingRoute", "missing (every country has every fixed route)"));
  for (const [id, route] of Object.entries(facts.routes)) {
    const fixed = fixedRoute(id);
    if (fixed && route.purposes) factProblems.push(problem(id, ["purposes"], "fixedPurposes", "only national schemes list purposes"));
    if (fixed && route.status === "scheme") factProblems.push(problem(id, ["status"], "fixedStatus", "a fixed route is not a national scheme"));
    if (!fixed) {
      if (!route.purposes) factProblems.push(problem(id, ["purposes"], "schemePurposes", "a national scheme needs its purposes"));
      if (route.status && route.status !== "scheme")
        factProblems.push(problem(id, ["status"], "schemeStatus", 'a national scheme\'s status is "scheme"'));
      if (!route.nationalName)
        factProblems.push(problem(id, ["nationalName"], "schemeNationalName", "a national scheme needs its name in the national language"));
    }
    if (new Set(route.steps).size !== route.steps.length) factProblems.push(problem(id, ["steps"], "duplicateId", "an id appears twice"));
    const figureIds = route.figures.map((figure) => figure.id);
    if (new Set(figureIds).size !== figureIds.length) factProblems.push(problem(id, ["figures"], "duplicateId", "an id appears twice"));
    if (!texts) continue;
    const text = texts.routes[id];
    if (!text) {
      textProblems.push(problem(id, [], "missingText", "missing"));
      continue;
    }
    if (!fixed && !text.name) textProblems.push(problem(id, ["name"], "schemeName", "a national scheme needs its name in this language"));
    for (const step of route.steps) if (!text.steps[step]) textProblems.push(problem(id, ["steps", step], "missingText", "missing"));
    for (const step of Object.keys(text.steps))
      if (!route.steps.includes(step)) textProblems.push(problem(id, ["steps", step], "noSuchId", "not a step of the route"));
    for (const figure of figureIds) if (!text.figures[figure]) textProblems.push(problem(id, ["figures", figure], "missingText", "missing label"));
    for (const figure of Object.keys(text.figures))
      if (!figureIds.includes(figure)) textProblems.push(problem(id, ["figures", figure], "noSuchId", "no such figure"));
  }
  if (texts)
    for (const id of Object.keys(texts.routes)) if (!facts.routes[id]) textProblems.push(problem(id, [], "noSuchId", "no such route in routes.yaml"));
  return { facts: factProblems, texts: textProblems };
}

/** Problems between a country's route facts and one language's texts, as "field: problem" lines. */
export function routeProblems(facts: CountryRoutes, texts: CountryRouteTexts | null): { facts: string[]; texts: string[] } {
  const line = (found: RouteProblem) => `${["routes", found.route, ...found.path].join(".")}: ${found.message}`;
  const issues = routeIssues(facts, texts);
  return { facts: issues.facts.map(line), texts: issues.texts.map(line) };
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
