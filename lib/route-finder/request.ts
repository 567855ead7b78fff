// Reading answers from a query string: strictly for the API (a 400 naming the parameter), leniently for the page (drop
// what is unknown or invalid, then redirect to the canonical URL).
import { locales, type Locale } from "@/lib/i18n/locales";
import { choiceValues, questionIds, relevantAnswers, UNDECIDED, YEARS_MAX, type Answers, type QuestionId } from "./questions";

export type ParsedAnswer = { ok: true; value: string | number } | { ok: false; message: string };

/** Checks one answer; `countries` are the member states' slugs. */
export function parseAnswer(id: QuestionId, raw: string, countries: readonly string[]): ParsedAnswer {
  if (id === "country") {
    return raw === UNDECIDED || countries.includes(raw)
      ? { ok: true, value: raw }
      : { ok: false, message: `country: must be one of the member states' slugs (e.g. germany) or ${UNDECIDED}` };
  }
  if (id === "years") {
    const years = /^\d{1,2}$/.test(raw) ? Number(raw) : NaN;
    return years >= 0 && years <= YEARS_MAX
      ? { ok: true, value: years }
      : { ok: false, message: `years: must be a whole number of years from 0 to ${YEARS_MAX}` };
  }
  const allowed: readonly string[] = choiceValues[id];
  return allowed.includes(raw) ? { ok: true, value: raw } : { ok: false, message: `${id}: must be one of ${allowed.join(", ")}` };
}

export type StrictRequest = { ok: true; locale: Locale; answers: Answers } | { ok: false; message: string };

/**
 * The API's reading: every parameter known, given once, with a valid value; `locale` optional (English by default).
 * Known answers that do not matter for the purpose are accepted and ignored.
 */
export function parseStrict(params: URLSearchParams, countries: readonly string[]): StrictRequest {
  const answers: Record<string, string | number> = {};
  let locale: Locale = "en";
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
    if (key !== "locale" && !(questionIds as readonly string[]).includes(key))
      return { ok: false, message: `Unknown parameter: ${key}. Known parameters: ${[...questionIds, "locale"].join(", ")}` };
    if (values.length > 1) return { ok: false, message: `${key}: given more than once` };
    const raw = values[0]!;
    if (key === "locale") {
      if (!(locales as readonly string[]).includes(raw)) return { ok: false, message: `locale: must be one of ${locales.join(", ")}` };
      locale = raw as Locale;
      continue;
    }
    const parsed = parseAnswer(key as QuestionId, raw, countries);
    if (!parsed.ok) return { ok: false, message: parsed.message };
    answers[key] = parsed.value;
  }
  return { ok: true, locale, answers: relevantAnswers(answers as Answers) };
}

export interface LenientRequest {
  answers: Answers;
  /** Answers given with an invalid value (the page shows an error next to the field instead of dropping it silently). */
  invalid: QuestionId[];
}

/** The page's reading: the first value of each known parameter; unknown parameters and invalid values are dropped. */
export function parseLenient(params: Record<string, string | string[] | undefined>, countries: readonly string[]): LenientRequest {
  const answers: Record<string, string | number> = {};
  const invalid: QuestionId[] = [];
  for (const id of questionIds) {
    const value = params[id];
    const raw = Array.isArray(value) ? value[0] : value;
    if (raw === undefined || raw === "") continue;
    const parsed = parseAnswer(id, raw, countries);
    if (parsed.ok) answers[id] = parsed.value;
    else invalid.push(id);
  }
  return { answers: relevantAnswers(answers as Answers), invalid };
}
