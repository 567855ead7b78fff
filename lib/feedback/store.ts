// Storing "Was this page useful?" answers: the honeypot, the per-client limit, the input, the page, then one row with the
// day only (no address, no cookie), and answers past the retention period deleted on the same write. Takes its
// dependencies as arguments so the integration tests run it against their own database and limiter.
import { z } from "zod";
import type { PrismaClient } from "@/lib/db/prisma";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import type { LimitRule, SharedLimit } from "@/lib/http/rate-limit";
import { COMMENT_MAX, feedbackReasons, HONEYPOT_FIELD } from "./fields";

/** How long answers are kept (the privacy page says 12 months). */
export const RETENTION_DAYS = 365;

/** Answers per hour per client address: a reader answers a few pages, a script many. */
export function feedbackLimitRule(perHour: number): LimitRule {
  return { name: "feedback", points: perHour, windowSeconds: 3600 };
}

const optionalText = (max: number) =>
  z
    .string()
    .max(10_000)
    .optional()
    .transform((text) => text?.replace(/\r\n?/g, "\n").trim() || undefined)
    .pipe(z.string().max(max, `must be at most ${max} characters`).optional());

export const feedbackInputSchema = z.object({
  page: z
    .string({ error: "page is required" })
    .max(200)
    .regex(/^\/[a-z0-9-]*(\/[a-z0-9-]+)*$/, "page must be a page path without locale, e.g. /pathways/eu-blue-card"),
  locale: z.string({ error: "locale is required" }).refine(isLocale, "locale must be one of the site's languages") as z.ZodType<Locale>,
  answer: z.enum(["yes", "no"], { error: "answer must be yes or no" }),
  reason: z
    .union([z.enum(feedbackReasons, { error: "reason is not one of the choices" }), z.literal("")])
    .optional()
    .transform((reason) => reason || undefined),
  comment: optionalText(COMMENT_MAX),
});
export type FeedbackInput = z.output<typeof feedbackInputSchema>;

export type FeedbackOutcome =
  | { ok: true; input: FeedbackInput }
  | {
      ok: false;
      status: 400 | 404 | 429;
      refusal: "honeypot" | "invalid" | "unknownPage" | "tooMany";
      message: string;
      retryAfter?: number;
    };

export interface FeedbackDependencies {
  prisma: PrismaClient;
  limit: SharedLimit;
  /** The client address (only the limiter's key: it is never stored with the answer). */
  client: string;
  /** Whether `path` is a reading page in `locale`. */
  pageExists: (path: string, locale: Locale) => Promise<boolean>;
  now?: Date;
}

const dayOf = (now: Date) => new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));

export async function recordFeedback(deps: FeedbackDependencies, fields: Record<string, string>): Promise<FeedbackOutcome> {
  if (fields[HONEYPOT_FIELD])
    return { ok: false, status: 400, refusal: "honeypot", message: "This answer looks automated and was not recorded." };
  // Counted before anything else is checked, so a flood of bad requests is limited too. While the counters cannot be
  // read, the answer is taken (the limit protects the table, not a secret).
  const retryAfter = await deps.limit.take(deps.client).catch(() => 0);
  if (retryAfter)
    return {
      ok: false,
      status: 429,
      refusal: "tooMany",
      message: "Too many answers from this address: please try again later.",
      retryAfter,
    };
  const parsed = feedbackInputSchema.safeParse(fields);
  if (!parsed.success)
    return { ok: false, status: 400, refusal: "invalid", message: parsed.error.issues.map((issue) => issue.message).join("; ") };
  const input = parsed.data;
  if (!(await deps.pageExists(input.page, input.locale)))
    return { ok: false, status: 404, refusal: "unknownPage", message: "There is no such page in this language." };

  const now = deps.now ?? new Date();
  const day = dayOf(now);
  const cutoff = new Date(day.getTime() - RETENTION_DAYS * 86_400_000);
  await deps.prisma.$transaction([
    deps.prisma.pageFeedback.create({
      data: {
        path: input.page,
        locale: input.locale,
        answer: input.answer,
        // A "yes" carries no reason or comment: the form only asks for them after a "no".
        reason: input.answer === "no" ? input.reason : null,
        comment: input.answer === "no" ? input.comment : null,
        day,
      },
    }),
    deps.prisma.pageFeedback.deleteMany({ where: { day: { lt: cutoff } } }),
  ]);
  return { ok: true, input };
}
