// "Was this page useful?" on a real PostgreSQL: what is stored (and what is not), validation, the honeypot, the shared
// per-client limit, the retention period, the back office's counts, "mark handled" and the CSV export.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Pool } from "pg";
import { createUser } from "@/lib/auth/accounts";
import { performMutation } from "@/lib/auth/mutation";
import type { Actor } from "@/lib/auth/roles";
import type { PrismaClient } from "@/lib/db/prisma";
import { feedbackMutations } from "@/lib/feedback/mutations";
import { feedbackComments, feedbackCounts, feedbackCsv, neutralizeFormula } from "@/lib/feedback/report";
import { feedbackLimitRule, recordFeedback, RETENTION_DAYS, type FeedbackDependencies } from "@/lib/feedback/store";
import { createRateLimitPool, SharedLimit } from "@/lib/http/rate-limit";
import { migratedDatabaseForSuite } from "@/tests/support/database";

const PAGES = new Set(["en /pathways/eu-blue-card", "ar /pathways/eu-blue-card", "en /countries/germany"]);

describe("page feedback", () => {
  const database = migratedDatabaseForSuite();
  let prisma: PrismaClient;
  let pool: Pool;
  let editor: Actor;
  let reviewer: Actor;
  let address = 0;
  /** Each test's answers come from a client of its own, so one test's count never refuses another's. */
  const deps = (overrides: Partial<FeedbackDependencies> = {}): FeedbackDependencies => ({
    prisma,
    limit: new SharedLimit(pool, feedbackLimitRule(5)),
    client: `198.51.100.${(address += 1)}`,
    pageExists: async (path, locale) => PAGES.has(`${locale} ${path}`),
    ...overrides,
  });
  const answer = { page: "/pathways/eu-blue-card", locale: "en", answer: "no", reason: "out-of-date" };

  before(async () => {
    prisma = database.prisma;
    pool = createRateLimitPool(database.url);
    editor = await createUser(prisma, { email: "editor@example.org", role: "editor", password: "a long enough password" });
    reviewer = await createUser(prisma, { email: "reviewer@example.org", role: "reviewer", password: "a long enough password" });
  });
  after(async () => {
    await pool.end();
  });

  it("stores the page, language, answer, reason, comment and day, and nothing about the reader", async () => {
    const now = new Date("2026-12-05T18:30:00Z");
    const comment = '<script>alert(1)</script> =HYPERLINK("x") the fee table is from 2024';
    const outcome = await recordFeedback(deps({ now }), { ...answer, comment: `  ${comment}\r\n` });
    assert.ok(outcome.ok, JSON.stringify(outcome));
    const rows = await prisma.pageFeedback.findMany();
    assert.equal(rows.length, 1);
    const [row] = rows;
    assert.deepEqual(
      { path: row!.path, locale: row!.locale, answer: row!.answer, reason: row!.reason, comment: row!.comment },
      { path: "/pathways/eu-blue-card", locale: "en", answer: "no", reason: "out-of-date", comment },
    );
    assert.equal(row!.day.toISOString(), "2026-12-05T00:00:00.000Z", "the day only, not the time");
    assert.ok(!JSON.stringify(row).includes("198.51.100"), "no address is stored with the answer");
    // A "yes" carries no reason or comment.
    assert.ok((await recordFeedback(deps(), { ...answer, answer: "yes", comment: "kept?" })).ok);
    const yes = await prisma.pageFeedback.findFirstOrThrow({ where: { answer: "yes" } });
    assert.equal(yes.reason, null);
    assert.equal(yes.comment, null);
  });

  it("refuses bad input with a 400 and a page that does not exist with a 404, storing nothing", async () => {
    const before = await prisma.pageFeedback.count();
    const cases: [Record<string, string>, number][] = [
      [{ ...answer, answer: "maybe" }, 400],
      [{ ...answer, reason: "boring" }, 400],
      [{ ...answer, comment: "x".repeat(501) }, 400],
      [{ ...answer, locale: "de" }, 400],
      [{ ...answer, page: "https://evil.example/" }, 400],
      [{ ...answer, page: "/pathways/../admin" }, 400],
      [{ ...answer, page: "/pathways/no-such-page" }, 404],
      [{ ...answer, locale: "fr", page: "/countries/atlantis" }, 404],
    ];
    for (const [fields, status] of cases) {
      const outcome = await recordFeedback(deps(), fields);
      assert.ok(!outcome.ok && outcome.status === status, `${JSON.stringify(fields)} → ${JSON.stringify(outcome)}`);
    }
    // 500 characters is the limit, not one less.
    assert.ok((await recordFeedback(deps(), { ...answer, comment: "y".repeat(500) })).ok);
    assert.equal(await prisma.pageFeedback.count(), before + 1);
  });

  it("refuses an answer with the honeypot filled in, without counting it against the client", async () => {
    const before = await prisma.pageFeedback.count();
    const client = deps();
    const outcome = await recordFeedback(client, { ...answer, website: "http://spam.example" });
    assert.ok(!outcome.ok && outcome.refusal === "honeypot" && outcome.status === 400);
    assert.equal(await prisma.pageFeedback.count(), before);
    assert.equal(await client.limit.exhausted(client.client), false);
  });

  it("refuses a client over its limit with a 429 and a wait, in PostgreSQL shared by every instance", async () => {
    const client = deps();
    for (let i = 0; i < 5; i += 1) assert.ok((await recordFeedback(client, answer)).ok, `answer ${i + 1} of 5 is taken`);
    // Another instance (its own limiter object and pool) sees the same count.
    const otherPool = createRateLimitPool(database.url);
    try {
      const elsewhere = { ...client, limit: new SharedLimit(otherPool, feedbackLimitRule(5)) };
      const refused = await recordFeedback(elsewhere, answer);
      assert.ok(!refused.ok && refused.status === 429 && refused.retryAfter! > 0 && refused.retryAfter! <= 3600, JSON.stringify(refused));
    } finally {
      await otherPool.end();
    }
    assert.ok((await recordFeedback(deps(), answer)).ok, "another client still answers");
  });

  it("deletes answers older than the retention period when a new one is written", async () => {
    const now = new Date("2027-03-01T12:00:00Z");
    const day = (daysAgo: number) => new Date(Date.UTC(2027, 2, 1) - daysAgo * 86_400_000);
    await prisma.pageFeedback.createMany({
      data: [
        { path: "/countries/germany", locale: "en", answer: "yes", day: day(RETENTION_DAYS + 1) },
        { path: "/countries/germany", locale: "en", answer: "yes", day: day(RETENTION_DAYS) },
      ],
    });
    assert.ok((await recordFeedback(deps({ now }), { ...answer, page: "/countries/germany" })).ok);
    const kept = await prisma.pageFeedback.findMany({ where: { path: "/countries/germany" }, orderBy: { day: "asc" } });
    assert.deepEqual(
      kept.map((row) => row.day.toISOString().slice(0, 10)),
      [day(RETENTION_DAYS).toISOString().slice(0, 10), "2027-03-01"],
    );
  });

  it("counts per page and language by reason, lists comments, marks one handled (editors only) and exports CSV", async () => {
    await prisma.pageFeedback.deleteMany();
    const now = new Date();
    for (const fields of [
      { ...answer, answer: "yes" },
      { ...answer, answer: "yes" },
      { ...answer, comment: "=cmd|' /C calc'!A0" },
      { ...answer, reason: "hard-to-understand" },
      { ...answer, reason: "" },
      { ...answer, locale: "ar", reason: "wrong-information", comment: "المعلومات قديمة" },
    ])
      assert.ok((await recordFeedback(deps({ now }), fields)).ok);
    const counts = await feedbackCounts(prisma, 30);
    const english = counts.find((row) => row.locale === "en");
    assert.deepEqual(english, {
      path: "/pathways/eu-blue-card",
      locale: "en",
      yes: 2,
      no: 3,
      reasons: { "out-of-date": 1, "hard-to-understand": 1, "not-what-i-looked-for": 0, "wrong-information": 0, none: 1 },
    });
    assert.equal(counts.find((row) => row.locale === "ar")?.reasons["wrong-information"], 1);

    const comments = await feedbackComments(prisma, 30);
    assert.equal(comments.length, 2);
    const target = comments.find((comment) => comment.locale === "ar")!;
    const form = new FormData();
    form.set("id", target.id);
    form.set("days", "90");
    const refused = await performMutation(feedbackMutations.markHandled, { prisma, actor: reviewer }, form);
    assert.ok(!refused.ok && refused.status === 403);
    const anonymous = await performMutation(feedbackMutations.markHandled, { prisma, actor: null }, form);
    assert.ok(!anonymous.ok && anonymous.status === 401);
    const done = await performMutation(feedbackMutations.markHandled, { prisma, actor: editor }, form);
    assert.ok(done.ok && "redirect" in done.result && done.result.redirect.startsWith("/admin/feedback?days=90"));
    const handled = await prisma.pageFeedback.findUniqueOrThrow({ where: { id: target.id } });
    assert.ok(handled.handledAt);
    assert.equal(handled.handledById, editor.id);
    assert.equal(await prisma.auditEntry.count({ where: { action: "feedback-handled", detail: target.id } }), 1);
    const missing = new FormData();
    missing.set("id", "00000000-0000-4000-8000-000000000000");
    const gone = await performMutation(feedbackMutations.markHandled, { prisma, actor: editor }, missing);
    assert.ok(!gone.ok && gone.status === 404);

    const csv = await feedbackCsv(prisma, 30);
    const lines = csv.trim().split("\n");
    assert.equal(lines[0], "day,page,locale,answer,reason,comment,handled");
    assert.equal(lines.length, 7);
    assert.ok(csv.includes(`"'=cmd|' /C calc'!A0"`) || csv.includes(`'=cmd|' /C calc'!A0`), csv);
    assert.ok(!/(^|,)=cmd/m.test(csv), "no cell starts with a formula");
    assert.ok(csv.includes("المعلومات قديمة"));
    for (const cell of ["=1+1", "+1", "-1", "@SUM(A1)", "\t=1"]) assert.equal(neutralizeFormula(cell), `'${cell}`);
    assert.equal(neutralizeFormula("fine"), "fine");
  });
});
