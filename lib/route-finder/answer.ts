// The finder's answer as the API returns it and the page renders it: the next question while answers are missing,
// otherwise the routes that fit with why, those that do not with why not, and the checklist. Pure: the caller passes the
// countries (read from cached published content) and a translator for the reader's language.
import type { z } from "zod";
import type { Figure } from "@/lib/content/route-schema";
import type { Locale } from "@/lib/i18n/locales";
import type { CountryRoute } from "@/lib/routes/country-routes";
import { routeName, type RouteNameTranslator } from "@/lib/routes/route-name";
import { checklistFor, checklistSections } from "./checklist";
import { purposePathways, type FinderCountry, type LegalRef } from "./decision-table";
import { evaluate, type Judged, type Reason } from "./engine";
import { choiceValues, nextQuestion, UNDECIDED, YEARS_MAX, type Answers, type FinderPurpose, type QuestionId } from "./questions";
import type {
  checklistItemSchema,
  closestSchema,
  countryResultSchema,
  finderAnswerSchema,
  optionSchema,
  questionSchema,
  resultSchema,
  routeResultSchema,
  whySchema,
} from "./schemas";

/** A translator over the whole catalogue (keys such as "finder.reasons.optOut"). */
export type Translate = (key: string, values?: Record<string, string | number>) => string;

/** The EU immigration portal's country pages state each country's current Blue Card threshold. */
export const EU_PORTAL = "https://immigration-portal.ec.europa.eu/index_en";

export interface CountryName {
  slug: string;
  name: string;
}

// The answer's types are inferred from the schemas the API checks its answers with (and documents them by).
export type Option = z.infer<typeof optionSchema>;
export type Question = z.infer<typeof questionSchema>;
export type Why = z.infer<typeof whySchema>;
export type RouteResult = z.infer<typeof routeResultSchema>;
export type ChecklistItem = z.infer<typeof checklistItemSchema>;
export type Closest = z.infer<typeof closestSchema>;
export type CountryResult = z.infer<typeof countryResultSchema>;
export type Result = z.infer<typeof resultSchema>;
export type FinderAnswer = z.infer<typeof finderAnswerSchema>;

export const citation = (basis: LegalRef) => (basis.article ? `${basis.title}, ${basis.article}` : basis.title);

/** A country's Blue Card threshold as its content states it: a figure with its source and dates, or where to check. */
export function blueCardThreshold(country: FinderCountry | undefined): { figure?: Figure; url: string } {
  const route = country?.routes.find((candidate) => candidate.id === "eu-blue-card");
  const figure = route?.facts.figures.find((candidate) => candidate.kind === "salary");
  if (!figure) return { url: EU_PORTAL };
  return figure.amount !== undefined && figure.checked ? { figure, url: figure.source } : { url: figure.source };
}

/** `countries`: the names for the country question (any list of slugs and names, e.g. the judged countries). */
export function questionFor(id: QuestionId, t: Translate, countries: readonly CountryName[]): Question {
  if (id === "years") return { id, options: [], min: 0, max: YEARS_MAX };
  if (id === "country") {
    const sorted = [...countries].sort((a, b) => a.name.localeCompare(b.name));
    return {
      id,
      options: [
        ...sorted.map((country) => ({ value: country.slug, label: country.name })),
        { value: UNDECIDED, label: t("finder.options.country.undecided") },
      ],
    };
  }
  return { id, options: choiceValues[id].map((value) => ({ value, label: t(`finder.options.${id}.${value}`) })) };
}

function routeTitle(t: Translate, route: CountryRoute, countryName: string): string {
  const routesT: RouteNameTranslator = (key, values) => t(`routes.${key}`, values);
  return routeName(routesT, { id: route.id, scheme: route.scheme, name: route.text?.name ?? route.facts.nationalName }, countryName);
}

function routeUrl(locale: Locale, country: string, route: CountryRoute): string {
  if (route.text) return `/${locale}/countries/${country}/${route.id}`;
  return route.pathway ? `/${locale}/pathways/${route.pathway}` : `/${locale}/countries/${country}`;
}

function whyOf(t: Translate, reason: Reason, country: FinderCountry, route: CountryRoute, answers: Answers): Why {
  const title = routeTitle(t, route, country.name);
  const values = { country: country.name, route: title, act: reason.basis.title, years: answers.years ?? 0 };
  const why: Why = {
    text: t(`finder.reasons.${reason.key}`, values),
    effect: reason.effect,
    source: citation(reason.basis),
    url: reason.basis.url,
  };
  return reason.key.startsWith("blueCardSalary") ? { ...why, check: blueCardThreshold(country).url } : why;
}

function judgedResult(t: Translate, locale: Locale, country: FinderCountry, judged: Judged, answers: Answers): RouteResult {
  return {
    route: judged.route.id,
    title: routeTitle(t, judged.route, country.name),
    url: routeUrl(locale, country.slug, judged.route),
    why: judged.reasons.map((reason) => whyOf(t, reason, country, judged.route, answers)),
  };
}

function checklistItems(t: Translate, locale: Locale, route: CountryRoute, answers: Answers): ChecklistItem[] {
  return checklistFor(route, answers).map((entry) => {
    const { guide, section } = checklistSections[entry.kind];
    return { id: entry.id, text: entry.text ?? t(`finder.checklist.${entry.kind}`), url: `/${locale}/guides/${guide}#${section}` };
  });
}

function closestPages(t: Translate, locale: Locale, purpose: FinderPurpose, country: FinderCountry | undefined): Closest[] {
  const pathway = purposePathways[purpose];
  return [
    ...(pathway ? [{ title: t("finder.closest.pathway"), url: `/${locale}/pathways/${pathway}` }] : []),
    ...(country
      ? [
          { title: t("finder.closest.country", { country: country.name }), url: `/${locale}/countries/${country.slug}` },
          { title: (country.facts.portal ?? country.facts.authority).name, url: (country.facts.portal ?? country.facts.authority).url },
        ]
      : [{ title: t("finder.closest.euPortal"), url: EU_PORTAL }]),
  ];
}

/**
 * The next question, or the result once the answers are complete. `answers` must already be validated; `countries` are
 * the countries to judge, `names` every country's name (for the country question).
 */
export function answerFor(
  answers: Answers,
  countries: readonly FinderCountry[],
  locale: Locale,
  t: Translate,
  names: readonly CountryName[] = countries,
): FinderAnswer {
  const next = nextQuestion(answers);
  if (next) return { question: questionFor(next, t, names) };
  const purpose = answers.purpose!;

  if (answers.country === UNDECIDED) {
    const evaluated = countries.map((country) => ({ country, evaluation: evaluate(country, answers) }));
    const clean = (matches: Judged[]) => matches.filter((m) => !m.reasons.some((r) => r.effect === "caveat")).length;
    evaluated.sort(
      (a, b) =>
        clean(b.evaluation.matches) - clean(a.evaluation.matches) ||
        b.evaluation.matches.length - a.evaluation.matches.length ||
        a.country.name.localeCompare(b.country.name),
    );
    const byCountry = evaluated.map(({ country, evaluation }) => ({
      country: country.slug,
      name: country.name,
      matches: evaluation.matches.map((judged) => judgedResult(t, locale, country, judged, answers)),
    }));
    const excluded = evaluated.flatMap(({ country, evaluation }) =>
      evaluation.excluded.map((judged) => ({ ...judgedResult(t, locale, country, judged, answers), country: country.slug })),
    );
    const any = byCountry.some((entry) => entry.matches.length);
    return {
      country: UNDECIDED,
      purpose,
      answers,
      matches: [],
      excluded,
      checklist: [],
      byCountry,
      ...(any ? {} : { nothingFits: { text: t("finder.nothingFits.anywhere"), pages: closestPages(t, locale, purpose, undefined) } }),
    };
  }

  const country = countries.find((candidate) => candidate.slug === answers.country);
  if (!country) throw new Error(`No published routes for ${answers.country}`);
  const { matches, excluded } = evaluate(country, answers);
  const first = matches[0];
  return {
    country: country.slug,
    purpose,
    answers,
    matches: matches.map((judged) => judgedResult(t, locale, country, judged, answers)),
    excluded: excluded.map((judged) => judgedResult(t, locale, country, judged, answers)),
    checklist: first ? checklistItems(t, locale, first.route, answers) : [],
    ...(first
      ? {}
      : {
          nothingFits: {
            text: t("finder.nothingFits.country", { country: country.name }),
            pages: closestPages(t, locale, purpose, country),
          },
        }),
  };
}
