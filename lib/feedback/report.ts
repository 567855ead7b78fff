// What the back office shows of the answers: counts per page and language over a period, yes and no by reason, the
// comments, and the same answers as CSV. Takes the Prisma client as an argument (tests run it on their own database).
import { stringify } from "csv-stringify/sync";
import { z } from "zod";
import type { PrismaClient } from "@/lib/db/prisma";
import { feedbackReasons, type FeedbackReason } from "./fields";

export const feedbackPeriods = [30, 90] as const;
export const periodSchema = z.coerce
  .number()
  .refine((days) => (feedbackPeriods as readonly number[]).includes(days))
  .catch(30) as z.ZodType<(typeof feedbackPeriods)[number]>;

const since = (days: number, now: Date) => new Date(now.getTime() - days * 86_400_000);

export interface PageFeedbackCounts {
  path: string;
  locale: string;
  yes: number;
  no: number;
  /** "No" answers by reason; `none` when the reader gave none. */
  reasons: Record<FeedbackReason | "none", number>;
}

export async function feedbackCounts(prisma: PrismaClient, days: number, now = new Date()): Promise<PageFeedbackCounts[]> {
  const groups = await prisma.pageFeedback.groupBy({
    by: ["path", "locale", "answer", "reason"],
    where: { day: { gte: since(days, now) } },
    _count: { _all: true },
  });
  const pages = new Map<string, PageFeedbackCounts>();
  for (const group of groups) {
    const key = `${group.path} ${group.locale}`;
    let page = pages.get(key);
    if (!page) {
      const reasons = Object.fromEntries([...feedbackReasons, "none"].map((reason) => [reason, 0])) as PageFeedbackCounts["reasons"];
      page = { path: group.path, locale: group.locale, yes: 0, no: 0, reasons };
      pages.set(key, page);
    }
    const count = group._count._all;
    page[group.answer] += count;
    if (group.answer === "no") {
      const reason = (feedbackReasons as readonly string[]).includes(group.reason ?? "") ? (group.reason as FeedbackReason) : "none";
      page.reasons[reason] += count;
    }
  }
  // Pages with the most "no" first: those are the ones to look at.
  return [...pages.values()].sort((a, b) => b.no - a.no || b.yes - a.yes || a.path.localeCompare(b.path));
}

export function feedbackComments(prisma: PrismaClient, days: number, now = new Date(), take = 200) {
  return prisma.pageFeedback.findMany({
    where: { day: { gte: since(days, now) }, comment: { not: null } },
    orderBy: [{ handledAt: { sort: "asc", nulls: "first" } }, { day: "desc" }],
    take,
    select: {
      id: true,
      path: true,
      locale: true,
      reason: true,
      comment: true,
      day: true,
      handledAt: true,
      handledBy: { select: { email: true } },
    },
  });
}

/**
 * A cell a spreadsheet would run as a formula (=, +, -, @, or a tab or carriage return before one) gets a leading
 * apostrophe, as OWASP advises for CSV injection; the CSV quoting itself is csv-stringify's.
 */
export function neutralizeFormula(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

/** Every answer of the period, one row each, newest first. */
export async function feedbackCsv(prisma: PrismaClient, days: number, now = new Date()): Promise<string> {
  const rows = await prisma.pageFeedback.findMany({
    where: { day: { gte: since(days, now) } },
    orderBy: [{ day: "desc" }, { path: "asc" }],
    select: { day: true, path: true, locale: true, answer: true, reason: true, comment: true, handledAt: true },
  });
  const header = ["day", "page", "locale", "answer", "reason", "comment", "handled"];
  const cells = rows.map((row) =>
    [
      row.day.toISOString().slice(0, 10),
      row.path,
      row.locale,
      row.answer,
      row.reason ?? "",
      row.comment ?? "",
      row.handledAt ? row.handledAt.toISOString().slice(0, 10) : "",
    ].map(neutralizeFormula),
  );
  return stringify([header, ...cells]);
}
