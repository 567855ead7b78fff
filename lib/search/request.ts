// The search request, validated at the edge (search page and /api/search share it).
import { z } from "zod";
import { documentTypes } from "@/lib/content/page-types";
import { slugPattern } from "@/lib/content/slug";
import { locales } from "@/lib/i18n/locales";

export const MAX_QUERY_LENGTH = 200;

export const searchRequestSchema = z.strictObject({
  q: z.string().trim().max(MAX_QUERY_LENGTH, `q must be at most ${MAX_QUERY_LENGTH} characters`).default(""),
  locale: z.enum(locales, `locale must be one of ${locales.join(", ")}`),
  type: z.enum(documentTypes, `type must be one of ${documentTypes.join(", ")}`).optional(),
  country: z.string().regex(slugPattern, "country must be a country slug such as germany").optional(),
  page: z.coerce
    .number("page must be a whole number from 1 to 100")
    .int("page must be a whole number from 1 to 100")
    .min(1, "page must be a whole number from 1 to 100")
    .max(100, "page must be a whole number from 1 to 100")
    .default(1),
});

export type ValidSearchRequest = z.infer<typeof searchRequestSchema>;

/** Takes the first value of each parameter (a repeated ?q=a&q=b must not become an array) and drops empty ones. */
export function firstValues(params: Record<string, string | string[] | undefined>): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [key, value] of Object.entries(params)) {
    const first = Array.isArray(value) ? value[0] : value;
    if (first !== undefined && first !== "") result[key] = first;
  }
  return result;
}
