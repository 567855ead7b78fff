// The web app's feedback store: the shared database, the shared per-client limit, the reading pages.
import "server-only";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { requestClientAddress } from "@/lib/http/client-address";
import { rateLimitPool, SharedLimit } from "@/lib/http/rate-limit";
import { isFeedbackPage } from "./pages";
import { feedbackLimitRule, recordFeedback } from "./store";

let limiter: SharedLimit | undefined;
const feedbackLimit = () => (limiter ??= new SharedLimit(rateLimitPool(), feedbackLimitRule(env().FEEDBACK_RATE_LIMIT)));

/** Records one answer posted with these headers (the client address keys the limit only) and form fields. */
export function submitFeedback(headers: Headers, fields: Record<string, string>) {
  return recordFeedback(
    { prisma: db(), limit: feedbackLimit(), client: requestClientAddress(headers), pageExists: isFeedbackPage },
    fields,
  );
}
