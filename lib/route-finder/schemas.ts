// The route finder's answers as zod schemas: the one source of their types (lib/route-finder/answer.ts infers them from
// here), checked on every API answer before it is sent, and the source of the OpenAPI document's finder schemas.
import { z } from "zod";
import { choiceValues, finderPurposes, questionIds, UNDECIDED, YEARS_MAX } from "./questions";

const siteOrOfficialUrl = z
  .string()
  .meta({ description: "A site-relative URL in the reader's language (/{locale}/…), or an absolute URL of an official site." });
const countrySlug = z.string().meta({ description: `A member state's slug (e.g. germany), or ${UNDECIDED}.` });

/** The answers given so far; the API's query parameters have the same names and values. */
export const answersSchema = z.strictObject({
  country: countrySlug.optional(),
  purpose: z.enum(finderPurposes).optional(),
  jobOffer: z.enum(choiceValues.jobOffer).optional(),
  qualification: z.enum(choiceValues.qualification).optional(),
  salary: z.enum(choiceValues.salary).optional(),
  regulated: z.enum(choiceValues.regulated).optional(),
  sponsor: z.enum(choiceValues.sponsor).optional(),
  admission: z.enum(choiceValues.admission).optional(),
  years: z.number().int().min(0).max(YEARS_MAX).optional(),
});

export const optionSchema = z.strictObject({
  value: z.string().meta({ description: "The query parameter's value for this choice." }),
  label: z.string().meta({ description: "The choice as the reader sees it, in their language." }),
});

export const questionSchema = z
  .strictObject({
    id: z.enum(questionIds).meta({ description: "The query parameter that answers this question." }),
    options: z.array(optionSchema).meta({ description: "The choices; empty for years (a number from min to max)." }),
    min: z.number().int().optional(),
    max: z.number().int().optional(),
  })
  .meta({ description: "The next question to ask." });

export const questionAnswerSchema = z
  .strictObject({ question: questionSchema })
  .meta({ id: "RouteQuestion", description: "Answers are missing: the next question." });

export const whySchema = z.strictObject({
  text: z.string().meta({ description: "The reason, in the reader's language." }),
  effect: z.enum(["fits", "excludes", "caveat"]).meta({ description: "fits: for the route; excludes: against it; caveat: to check." }),
  source: z.string().meta({ description: 'The legal basis, e.g. "Directive (EU) 2021/1883, Art. 5(1)(a)".' }),
  url: z.string().meta({ description: "The legal text or the official page of the basis." }),
  check: z.string().optional().meta({ description: "Where to check a figure the reason depends on (the Blue Card salary threshold)." }),
});

export const routeResultSchema = z.strictObject({
  route: z.string().meta({ description: "The route's id (e.g. eu-blue-card, or a national scheme's id)." }),
  title: z.string(),
  url: siteOrOfficialUrl.meta({ description: "The country route page, or the pathway page where it is missing." }),
  why: z.array(whySchema),
});

export const excludedRouteSchema = routeResultSchema.extend({
  country: z
    .string()
    .optional()
    .meta({ description: `With country=${UNDECIDED}: the country where the route does not fit.` }),
});

export const checklistItemSchema = z.strictObject({
  id: z.string(),
  text: z.string(),
  url: z.string().meta({ description: "The guide section that explains the step (site-relative)." }),
});

export const closestSchema = z.strictObject({ title: z.string(), url: siteOrOfficialUrl });

export const countryResultSchema = z.strictObject({
  country: z.string(),
  name: z.string(),
  matches: z.array(routeResultSchema),
});

export const resultSchema = z
  .strictObject({
    country: countrySlug,
    purpose: z.enum(finderPurposes),
    answers: answersSchema.meta({ description: "The answers that mattered (those that did not are dropped)." }),
    matches: z.array(routeResultSchema).meta({ description: `The routes that fit, best first (empty with country=${UNDECIDED}).` }),
    excluded: z.array(excludedRouteSchema).meta({ description: "Routes a reader might expect that do not fit, with why not." }),
    checklist: z.array(checklistItemSchema).meta({ description: "The steps in order for the first match." }),
    nothingFits: z
      .strictObject({ text: z.string(), pages: z.array(closestSchema) })
      .optional()
      .meta({ description: "Where nothing fits: why, and the closest pages and the official site." }),
    byCountry: z
      .array(countryResultSchema)
      .optional()
      .meta({ description: `With country=${UNDECIDED}: every member state's matches, best-fitting first.` }),
  })
  .meta({ id: "RouteResult", description: "The answers are enough: the routes that fit, why, and the checklist." });

// Exactly one of the two (a question never comes with a result): oneOf in the OpenAPI document.
export const finderAnswerSchema = z.xor([questionAnswerSchema, resultSchema]);
