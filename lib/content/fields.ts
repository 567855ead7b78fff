// Field schemas shared by every content file: dates, official links, sources, translation status.
import { z } from "zod";
import { slugPattern } from "./slug";

export const isoDate = z.iso.date("must be a date written YYYY-MM-DD");
export const httpsUrl = z.url({ protocol: /^https$/, hostname: z.regexes.domain, error: "must be an https:// URL" });
export const slug = z.string().regex(slugPattern, "must be lowercase kebab-case");
export const link = z.strictObject({ name: z.string().trim().min(2), url: httpsUrl });

export const sourceSchema = z.strictObject({
  title: z.string().trim().min(3),
  url: httpsUrl,
  publisher: z.string().trim().min(2).optional(),
});
export type Source = z.infer<typeof sourceSchema>;

export const translationSchema = z.strictObject({
  /** True only when a human translator has reviewed the text. */
  reviewed: z.boolean(),
  /** Digest of the English file this translation was made from (written by `npm run content:stamp`). */
  sourceDigest: z.string().regex(/^[0-9a-f]{16,64}$/).optional(),
});

/**
 * What a person checked at a review, against which official sources (reference language only): the record behind a
 * page's `lastReviewed` date. Newest entry first.
 */
export const reviewLogSchema = z
  .array(
    z.strictObject({
      date: isoDate,
      /** What was checked, in a sentence or two ("fees, deadlines and the opt-outs of Art. 3"). */
      checked: z.string().trim().min(10),
      /** The official texts it was checked against. */
      against: z.array(httpsUrl).min(1),
    }),
  )
  .optional();

/** A page's next review comes after its last one (every content file with review dates refines on this). */
export const reviewDueAfterReview = (page: { lastReviewed: string; reviewDue: string }) => page.reviewDue > page.lastReviewed;
export const reviewOrderIssue = { path: ["reviewDue"], message: "must be after lastReviewed", params: { reason: "reviewOrder" } };
