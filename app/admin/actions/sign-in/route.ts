import { z } from "zod";
import { signIn, signInLimits } from "@/lib/auth/accounts";
import { sameOrigin, sessionCookie } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { adminFailure, adminSuccess } from "@/lib/http/admin-response";
import { requestClientAddress } from "@/lib/http/client-address";
import { rateLimitPool } from "@/lib/http/rate-limit";

export const dynamic = "force-dynamic";

let limits: ReturnType<typeof signInLimits> | undefined;
const input = z.object({ email: z.string().max(254), password: z.string().max(200) });

/** Signs in; on any failure the same message, whether the account exists or not. */
export async function POST(request: Request) {
  if (!sameOrigin(request)) return adminFailure(request, 403, "Refused: the request did not come from this site's own pages.");
  const form = await request.formData().catch(() => null);
  const parsed = input.safeParse({ email: form?.get("email") ?? "", password: form?.get("password") ?? "" });
  if (!parsed.success) return adminFailure(request, 400, "Enter an email address and a password.");
  limits ??= signInLimits(rateLimitPool());
  const result = await signIn(db(), limits, { ...parsed.data, address: requestClientAddress(request.headers) });
  if (!result.ok) {
    const reason = result.reason === "throttled" ? "throttled" : "invalid";
    if (request.headers.get("accept")?.includes("application/json"))
      return adminFailure(request, result.reason === "throttled" ? 429 : 401, reason);
    return new Response(null, { status: 303, headers: { Location: `/admin/login?error=${reason}`, "Cache-Control": "no-store" } });
  }
  return adminSuccess(
    request,
    { redirect: result.actor.mustChangePassword ? "/admin/account" : "/admin" },
    { "Set-Cookie": sessionCookie(request, result.token) },
  );
}
