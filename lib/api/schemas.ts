// The open content API's responses (/api/v1), as zod schemas: every response is parsed with its schema before it is
// sent, and the OpenAPI document (lib/api/openapi.ts) is generated from the same schemas, so the two cannot drift.
// Text is always plain text: links, list items and table cells are separate fields, never HTML to inject.
import { z } from "zod";
import { figureObject, routeFactsSchema } from "@/lib/content/route-schema";
import { countryFactsObject } from "@/lib/content/schema";
import { documentTypes } from "@/lib/content/page-types";
import { pillars } from "@/lib/content/pillars";
import { locales } from "@/lib/i18n/locales";
import { routeStatuses } from "@/lib/routes/registry";

export const localeSchema = z.enum(locales).meta({ description: "A language of the site; en is the reference." });
const isoDay = z.iso.date();
const absoluteUrl = z.url().meta({ description: "An absolute URL." });

export const linkSchema = z.strictObject({
  text: z.string().meta({ description: "The link's text as it reads in the sentence." }),
  url: z.string().meta({ description: "Absolute URL: site links carry the reader's locale; #anchors point into this page." }),
});

export const textSchema = z
  .strictObject({
    text: z.string().meta({ description: "Plain text (glossary terms and emphasis flattened)." }),
    links: z.array(linkSchema).meta({ description: "The links inside the text, in order." }),
  })
  .meta({ description: "A run of plain text and the links it contains." });

const paragraphBlock = textSchema.extend({ type: z.literal("paragraph") });
const listBlock = z.strictObject({ type: z.literal("list"), ordered: z.boolean(), items: z.array(textSchema) });
const tableBlock = z.strictObject({
  type: z.literal("table"),
  header: z.array(textSchema).meta({ description: "The header row's cells." }),
  rows: z.array(z.array(textSchema)).meta({ description: "Body rows, each a list of cells." }),
});
const stepsBlock = z.strictObject({
  type: z.literal("steps"),
  items: z.array(textSchema).meta({ description: "Steps to take in this order." }),
});
const calloutBlock = z.strictObject({
  type: z.literal("callout"),
  kind: z.enum(["warning", "note", "official"]).meta({ description: "official: where to check on an official site." }),
  title: z.string().nullable(),
  blocks: z.array(z.discriminatedUnion("type", [paragraphBlock, listBlock, stepsBlock])),
});

export const blockSchema = z
  .discriminatedUnion("type", [paragraphBlock, listBlock, tableBlock, stepsBlock, calloutBlock])
  .meta({ description: "One block of a section's text." });
export type Block = z.infer<typeof blockSchema>;
export type TextRun = z.infer<typeof textSchema>;

export const sectionSchema = z.strictObject({
  id: z.string().meta({ description: "Stable and identical in every language: the page URL's #fragment." }),
  heading: z.string(),
  depth: z.union([z.literal(2), z.literal(3)]).meta({ description: "2: a section; 3: a subsection of the section before it." }),
  url: absoluteUrl,
  blocks: z.array(blockSchema).meta({ description: "The text up to the next heading of any level." }),
});
export type ApiSection = z.infer<typeof sectionSchema>;

export const sourceSchema = z.strictObject({ title: z.string(), url: absoluteUrl, publisher: z.string().optional() });

export const pageTypeSchema = z.enum(documentTypes).meta({ description: "hub, pathway, guide, country profile or country route." });

export const translationStatusSchema = z
  .strictObject({
    reference: localeSchema.meta({ description: "The language the page is written in first (en)." }),
    isReference: z.boolean().meta({ description: "This is the reference text itself." }),
    reviewed: z.boolean().meta({ description: "A person reviewed this translation (always true for the reference)." }),
    outdated: z.boolean().meta({ description: "The reference changed after this translation was made." }),
    availableIn: z.array(localeSchema).meta({ description: "Every language the page exists in." }),
  })
  .meta({ description: "Which text is the reference and how far this language's text can be trusted." });

export const pageSummarySchema = z.strictObject({
  path: z.string().meta({ description: "Site path without the locale, e.g. /pathways/eu-blue-card." }),
  locale: localeSchema,
  url: absoluteUrl.meta({ description: "The page for readers." }),
  api: z.string().meta({ description: "This API's URL of the page (site-relative)." }),
  type: pageTypeSchema,
  pillar: z.enum(pillars).nullable().meta({ description: "Guidance pages: their pillar; country pages: null." }),
  country: z.string().nullable().meta({ description: "Country pages and routes: the country slug." }),
  title: z.string(),
  description: z.string(),
  lastReviewed: isoDay,
  translation: translationStatusSchema,
});
export type PageSummary = z.infer<typeof pageSummarySchema>;

export const pageListSchema = z.strictObject({
  locale: localeSchema,
  total: z.number().int().nonnegative(),
  pages: z.array(pageSummarySchema).meta({ description: "Every page that exists in this language." }),
});

export const relatedPageSchema = z.strictObject({
  path: z.string(),
  locale: localeSchema.meta({ description: "The reader's language, or en where the page is not translated." }),
  url: absoluteUrl,
  title: z.string(),
  description: z.string(),
});

const routeDetailsSchema = z
  .strictObject({
    id: z.string(),
    status: z.enum(routeStatuses).meta({
      description:
        "eu: the EU directive applies; partly: only its mandatory parts; national; opt-out: does not apply here; scheme: national scheme.",
    }),
    nationalName: z.string().nullable(),
    figures: z
      .array(figureObject.extend({ label: z.string().nullable() }))
      .meta({ description: "Thresholds, fees and times as read on the official source; no amount: check the source." }),
  })
  .meta({ description: "Country routes only: the route's status and its dated figures." });

export const pageDocumentSchema = pageSummarySchema.extend({
  reviewDue: isoDay,
  intro: z.array(blockSchema).meta({ description: "The text before the first section." }),
  sections: z.array(sectionSchema),
  sources: z.array(sourceSchema).meta({ description: "The official sources the page was checked against." }),
  related: z.array(relatedPageSchema),
  route: routeDetailsSchema.nullable(),
});
export type PageDocument = z.infer<typeof pageDocumentSchema>;

export const countrySummarySchema = z.strictObject({
  country: z.string().meta({ description: "Slug, the same in every language." }),
  locale: localeSchema,
  name: z.string(),
  isoCode: z.string(),
  url: absoluteUrl,
  api: z.string(),
  lastReviewed: isoDay,
  offers: z.array(z.string()).meta({ description: "Slugs of the EU pathways the country offers." }),
  translation: translationStatusSchema,
});

export const countryListSchema = z.strictObject({
  locale: localeSchema,
  total: z.number().int().nonnegative(),
  countries: z.array(countrySummarySchema),
});

export const countryRouteSummarySchema = z.strictObject({
  id: z.string(),
  name: z.string(),
  scheme: z.boolean().meta({ description: "A national scheme of the country's own." }),
  status: z.enum(routeStatuses),
  summary: z.string().nullable().meta({ description: "Null where this language has no text for the route yet." }),
  url: absoluteUrl.nullable().meta({ description: "The route page, where it exists in this language." }),
  api: z.string().nullable(),
  facts: routeFactsSchema.meta({ description: "The route's facts, the same in every language." }),
});

export const countryDocumentSchema = countrySummarySchema.extend({
  facts: countryFactsObject
    .omit({ routes: true, routeTexts: true, translation: true, reviewLog: true })
    .meta({ description: "The published profile's facts, each link an official page." }),
  publishedAt: z.iso.datetime().nullable(),
  revision: z.number().int().positive().meta({ description: "The published revision's number." }),
  routes: z.array(countryRouteSummarySchema),
});

export const errorSchema = z.strictObject({ error: z.string().meta({ description: "What was wrong, in English." }) });

export const searchHitSchema = z.strictObject({
  url: z.string().meta({ description: "Site-relative URL of the page, with #section for a section hit." }),
  title: z.string(),
  section: z.string().nullable().meta({ description: "The section's heading, for a section hit." }),
  snippet: z.string().meta({
    description:
      "Plain text; matched words are wrapped in the private-use characters U+E000 … U+E001 (render them as marks, never as HTML).",
  }),
  type: pageTypeSchema,
  locale: localeSchema,
});

export const searchResponseSchema = z.strictObject({
  query: z.string(),
  locale: localeSchema,
  total: z.number().int().nonnegative(),
  page: z.number().int().positive(),
  totalPages: z.number().int().nonnegative(),
  hits: z.array(searchHitSchema),
  facets: z.strictObject({ type: z.record(z.string(), z.number().int().nonnegative()).meta({ description: "Hits per page type." }) }),
  suggestion: z
    .string()
    .nullable()
    .meta({ description: 'When nothing matched: a close spelling of the query that has results ("did you mean"), else null.' }),
});
