// Frontmatter schemas. A file that does not match fails the build and the tests, naming the file and the field.
import { z } from "zod";
import { countryRouteTextsSchema, countryRoutesSchema } from "./route-schema";
import { guidanceFolders, guidanceTypes } from "./page-types";
import { pillars } from "./pillars";
import { slugPattern } from "./slug";
import { httpsUrl, isoDate, link, reviewDueAfterReview, reviewLogSchema, reviewOrderIssue, slug, sourceSchema, translationSchema } from "./fields";

export { sourceSchema, translationSchema, type Source } from "./fields";

/** `guides/<slug>`: a guidance page named by its folder, as in `related`. */
const contentKeyPattern = new RegExp(`^(${Object.values(guidanceFolders).join("|")})/${slugPattern.source.slice(1)}`);

const review = {
  lastReviewed: isoDate,
  reviewDue: isoDate,
  sources: z.array(sourceSchema).min(1, "needs at least one official source"),
  translation: translationSchema.optional(),
  reviewLog: reviewLogSchema,
};

export const guidanceFrontmatterSchema = z
  .strictObject({
    title: z.string().trim().min(3).max(120),
    description: z.string().trim().min(20).max(200),
    type: z.enum(guidanceTypes),
    pillar: z.enum(pillars),
    related: z.array(z.string().regex(contentKeyPattern, "must look like guides/<slug>")).default([]),
    ...review,
  })
  .refine(reviewDueAfterReview, reviewOrderIssue);
export type GuidanceFrontmatter = z.infer<typeof guidanceFrontmatterSchema>;

export const directiveKeys = ["blueCard", "singlePermit", "studentsResearchers", "seasonalWorkers", "intraCorporateTransfer", "familyReunification", "longTermResidents"] as const;
export type DirectiveKey = (typeof directiveKeys)[number];

/** The facts' fields without the cross-field checks, for schemas that reuse them (the content API's responses). */
export const countryFactsObject = z.strictObject({
    country: slug,
    name: z.string().trim().min(2),
    isoCode: z.string().regex(/^[A-Z]{2}$/),
    officialLanguages: z.array(z.string().regex(/^[a-z]{2}$/, "must be ISO 639-1 codes")).min(1),
    schengen: z.enum(["full", "partial", "none"]),
    authority: link,
    portal: link.optional(),
    enicNaric: link,
    visaApplication: link,
    directives: z.strictObject(Object.fromEntries(directiveKeys.map((key) => [key, z.boolean()])) as Record<DirectiveKey, z.ZodBoolean>),
    nationalSchemes: z.array(z.strictObject({ name: z.string().trim().min(2), url: httpsUrl, summary: z.string().trim().min(5) })).default([]),
    languageRequirements: z.array(z.strictObject({ summary: z.string().trim().min(5), url: httpsUrl })).default([]),
    offers: z.array(slug).default([]),
    /** The reference (English) profile only: each route's facts, which do not depend on the language. */
    routes: countryRoutesSchema.optional(),
    /** Every locale: the route texts in that language. */
    routeTexts: countryRouteTextsSchema.optional(),
    ...review,
  });
export const countryFactsSchema = countryFactsObject.refine(reviewDueAfterReview, reviewOrderIssue);
export type CountryFacts = z.infer<typeof countryFactsSchema>;

export const glossarySchema = z.array(
  z.strictObject({ id: slug, term: z.string().trim().min(2), definition: z.string().trim().min(10), url: httpsUrl.optional() }),
);
export type GlossaryEntry = z.infer<typeof glossarySchema>[number];

/** Formats zod issues as "field: message" lines. */
export function describeIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => `${issue.path.join(".") || "(frontmatter)"}: ${issue.message}`);
}
