// Country routes as written in content/countries/<country>/routes.yaml (facts, once per country) and
// routes.<locale>.yaml (texts, per language). Stored with the country profile: the facts in the English revision, the
// texts in each language's revision. A figure is either checked (amount, date it applies from, date checked, source)
// or a pointer to the official page where the reader checks it; never a number without its source.
import { z } from "zod";
import { purposes, routeStatuses } from "@/lib/routes/registry";
import { httpsUrl, isoDate, link, reviewDueAfterReview, reviewLogSchema, reviewOrderIssue, slug, sourceSchema, translationSchema } from "./fields";

export const channels = ["embassy", "online", "employer", "in-country"] as const;
export const figureKinds = ["salary", "fee", "processing-time", "means", "quota", "duration", "other"] as const;
export const cefrLevels = ["A1", "A2", "B1", "B2", "C1", "C2"] as const;
const moneyKinds = new Set(["salary", "fee", "means"]);
const timeKinds = new Set(["processing-time", "duration"]);

/** A figure's fields without the cross-field checks, for schemas that reuse them (the content API's responses). */
export const figureObject = z.strictObject({
    /** Stable within the route; the texts label it (`figures.<id>`). */
    id: slug,
    kind: z.enum(figureKinds),
    amount: z.number().nonnegative().optional(),
    /** The upper end of a range ("30 to 90 days"). */
    upTo: z.number().positive().optional(),
    /** ISO 4217 currency code, for money. */
    currency: z.string().regex(/^[A-Z]{3}$/, "must be an ISO 4217 code such as EUR").optional(),
    per: z.enum(["year", "month", "once"]).optional(),
    /** For durations and processing times. */
    unit: z.enum(["days", "weeks", "months", "years"]).optional(),
    /** The date the figure applies from (a law's or a decree's date of effect). */
    appliesFrom: isoDate.optional(),
    /** The date someone last compared the figure with its source. */
    checked: isoDate.optional(),
    /** The official page that states the figure; without an amount, the page where the reader checks the current one. */
    source: httpsUrl,
  });
export const figureSchema = figureObject.superRefine((figure, context) => {
    if (figure.amount === undefined) {
      for (const field of ["upTo", "currency", "per", "unit", "appliesFrom", "checked"] as const)
        if (figure[field] !== undefined) context.addIssue({ code: "custom", path: [field], message: "only with an amount", params: { reason: "onlyWithAmount" } });
      return;
    }
    for (const field of ["appliesFrom", "checked"] as const)
      if (!figure[field]) context.addIssue({
          code: "custom",
          path: [field],
          message: "a figure needs the date it applies from and the date it was checked",
          params: { reason: "figureDates" },
        });
    if (moneyKinds.has(figure.kind) && (!figure.currency || !figure.per))
      context.addIssue({
        code: "custom",
        path: ["currency"],
        message: "money needs a currency and `per` (year, month or once)",
        params: { reason: "figureMoney" },
      });
    if (timeKinds.has(figure.kind) && !figure.unit) context.addIssue({ code: "custom", path: ["unit"], message: "a time needs a unit", params: { reason: "figureUnit" } });
    if (figure.upTo !== undefined && figure.upTo <= figure.amount) context.addIssue({ code: "custom", path: ["upTo"], message: "must be above amount", params: { reason: "figureUpTo" } });
  });
export type Figure = z.infer<typeof figureSchema>;

const office = link;
export const routeFactsSchema = z.strictObject({
  /** Fixed routes: only to override the status derived from the profile's directives. National schemes: "scheme". */
  status: z.enum(routeStatuses).optional(),
  /** National schemes only: what it is for (fixed routes have theirs in the registry). */
  purposes: z.array(z.enum(purposes)).min(1).optional(),
  /** The permit's name in the national language ("Blaue Karte EU"). */
  nationalName: z.string().trim().min(2).optional(),
  /** The national law or the authority's official page for the route (the EU act comes from the registry). */
  legalBasis: z.array(link).default([]),
  /** Who decides on the application. */
  decides: z.array(office).default([]),
  /** Where to apply, in the order a reader meets them. */
  apply: z.array(office.extend({ channel: z.enum(channels) })).default([]),
  requirements: z
    .strictObject({
      jobOffer: z.boolean().optional(),
      qualification: z.enum(["degree", "vocational", "degree-or-vocational", "none"]).optional(),
      /** Whether the qualification must be recognised before the permit: always, only for regulated professions, or never. */
      recognition: z.enum(["before", "regulated-professions", "not-needed"]).optional(),
      labourMarketTest: z.boolean().optional(),
      quota: z.boolean().optional(),
      healthInsurance: z.boolean().optional(),
      sufficientMeans: z.boolean().optional(),
      language: z.strictObject({ level: z.enum(cefrLevels), language: z.string().regex(/^[a-z]{2}$/) }).optional(),
    })
    .default({}),
  figures: z.array(figureSchema).default([]),
  /** Defaults to the profile's ENIC-NARIC centre. */
  recognitionAuthority: office.optional(),
  family: z.strictObject({ partnerMayWork: z.boolean().optional(), url: httpsUrl }).optional(),
  longTermResidence: z.strictObject({ url: httpsUrl }).optional(),
  /** The steps in order, from abroad to the first weeks; ids are stable (the route finder's checklist keeps them). */
  steps: z.array(slug).default([]),
  sources: z.array(sourceSchema).min(1, "needs at least one official source"),
});
export type RouteFacts = z.infer<typeof routeFactsSchema>;

export const countryRoutesSchema = z
  .strictObject({
    lastReviewed: isoDate,
    reviewDue: isoDate,
    /** What was checked at the last reviews, against which official pages (newest first). */
    reviewLog: reviewLogSchema,
    routes: z.record(slug, routeFactsSchema),
  })
  .refine(reviewDueAfterReview, reviewOrderIssue);
export type CountryRoutes = z.infer<typeof countryRoutesSchema>;

export const routeTextSchema = z.strictObject({
  /** The permit's name in the reader's language ("EU Blue Card"); required for national schemes. */
  name: z.string().trim().min(2).optional(),
  /** One line for the country page's "ways to come" list. */
  summary: z.string().trim().min(10).max(300),
  /** Country-specific conditions in a sentence each, beyond the structured requirements. */
  conditions: z.array(z.string().trim().min(5)).default([]),
  /** A label per figure id ("Minimum gross salary, shortage occupations"). */
  figures: z.record(slug, z.string().trim().min(2)).default({}),
  /** A sentence per step id. */
  steps: z.record(slug, z.string().trim().min(5)).default({}),
  /** For a route that does not apply: what to do instead, in a sentence or two. */
  note: z.string().trim().min(10).optional(),
});
export type RouteText = z.infer<typeof routeTextSchema>;

export const countryRouteTextsSchema = z.strictObject({
  translation: translationSchema.optional(),
  routes: z.record(slug, routeTextSchema),
});
export type CountryRouteTexts = z.infer<typeof countryRouteTextsSchema>;
