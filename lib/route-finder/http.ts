// The route finder's HTTP handler, served at /api/route and /api/v1/route.
import "server-only";
import { getTranslations } from "next-intl/server";
import { countrySlugs } from "@/lib/content/countries";
import { CORS_HEADERS } from "@/lib/http/cors";
import { jsonError } from "@/lib/http/json";
import { answerFor, type Translate } from "./answer";
import { finderCountries, finderCountryNames } from "./load";
import { nextQuestion } from "./questions";
import { parseStrict } from "./request";
import { finderAnswerSchema } from "./schemas";

/**
 * GET ?country=&purpose=&…&locale= → the next question, or the routes that fit with why, those that do not with why
 * not, and the checklist. Unknown parameters or values: 400 naming the parameter. Reads cached published content only.
 * The answer is checked against the schema the OpenAPI document is made from before it is sent.
 */
export async function routeFinderGET(request: Request): Promise<Response> {
  try {
    const parsed = parseStrict(new URL(request.url).searchParams, await countrySlugs());
    if (!parsed.ok) return jsonError(400, parsed.message);
    const { locale, answers } = parsed;
    const t = await getTranslations({ locale });
    const countries = await finderCountries(answers, locale);
    const names = nextQuestion(answers) === "country" ? await finderCountryNames(locale) : countries;
    const answer = finderAnswerSchema.parse(answerFor(answers, countries, locale, t as unknown as Translate, names));
    return Response.json(answer, { headers: { "Cache-Control": "no-store", ...CORS_HEADERS } });
  } catch (error) {
    console.error("Route finder failed:", error);
    return jsonError(503, "The route finder is temporarily unavailable. Please try again in a few minutes.", { "Retry-After": "30" });
  }
}
