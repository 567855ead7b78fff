import { submitFeedback } from "@/lib/feedback/service";
import type { FeedbackOutcome } from "@/lib/feedback/store";
import { jsonError } from "@/lib/http/json";
import { internalPageResponse } from "@/lib/http/not-found";
import { sameOrigin } from "@/lib/http/same-origin";
import { isLocale, referenceLocale } from "@/lib/i18n/locales";

export const dynamic = "force-dynamic";

const MAX_BODY_BYTES = 8 * 1024;

/**
 * The answer without JavaScript, in the reader's language, linking back to the page: a 303 to the thank-you page (so
 * reloading it does not post again), or the page saying what went wrong, sent with the refusal's own 4xx status.
 */
async function answerPage(request: Request, fields: Record<string, string>, outcome: FeedbackOutcome) {
  const locale = isLocale(fields.locale ?? "") ? fields.locale! : referenceLocale;
  const target = new URL(`/${locale}/feedback`, request.url);
  if (/^\/[a-z0-9/-]{0,200}$/.test(fields.page ?? "")) target.searchParams.set("page", fields.page!);
  const path = target.pathname + target.search;
  if (outcome.ok) return new Response(null, { status: 303, headers: { Location: path, "Cache-Control": "no-store" } });
  target.searchParams.set("refused", outcome.refusal);
  const page = await internalPageResponse(target.pathname + target.search, outcome.status);
  if (!page) return jsonError(outcome.status, outcome.message);
  if (outcome.retryAfter) page.headers.set("Retry-After", String(outcome.retryAfter));
  return page;
}

/**
 * POST /api/feedback (a form: page, locale, answer, reason, comment): "Was this page useful?". JavaScript asks for JSON
 * (201, or a 4xx JSON error); a plain form post gets the thank-you page, or the page saying why it was refused.
 */
export async function POST(request: Request) {
  const wantsJson = (request.headers.get("accept") ?? "").includes("application/json");
  if (!sameOrigin(request.headers)) return jsonError(403, "Refused: the answer did not come from this site's own pages.");
  if (Number(request.headers.get("content-length") ?? 0) > MAX_BODY_BYTES) return jsonError(413, "The answer is too long.");
  const form = await request.formData().catch(() => null);
  if (!form) return jsonError(400, "Send the answer as a form (application/x-www-form-urlencoded or multipart/form-data).");
  const fields: Record<string, string> = {};
  for (const [name, value] of form.entries()) if (typeof value === "string") fields[name] = value;

  const outcome = await submitFeedback(request.headers, fields);
  if (!wantsJson) return answerPage(request, fields, outcome);
  if (outcome.ok) return Response.json({ ok: true }, { status: 201, headers: { "Cache-Control": "no-store" } });
  return jsonError(outcome.status, outcome.message, outcome.retryAfter ? { "Retry-After": String(outcome.retryAfter) } : undefined);
}
