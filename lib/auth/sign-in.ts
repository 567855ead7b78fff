// Signing in and out, as mutations anyone may call (adminAction still checks that they come from this site's pages).
import "server-only";
import { cookies, headers } from "next/headers";
import { z } from "zod";
import { requestClientAddress } from "@/lib/http/client-address";
import { rateLimitPool } from "@/lib/http/rate-limit";
import { signIn, signInLimits, signOut, type SignInLimits } from "./accounts";
import { mutation } from "./mutation";
import { AccessError } from "./roles";
import { SESSION_COOKIE, sessionToken, setSessionCookie } from "./session";

let limits: SignInLimits | undefined;

export const sessionMutations = {
  /** On any failure the same message, whether the account exists or not. */
  signIn: mutation(
    "anyone",
    z.object({ email: z.string().min(1).max(254), password: z.string().min(1).max(200) }),
    async (input, { prisma }) => {
      limits ??= signInLimits(rateLimitPool());
      const result = await signIn(prisma, limits, { ...input, address: requestClientAddress(await headers()) });
      if (!result.ok) throw result.reason === "throttled" ? new AccessError(429, "signInThrottled") : new AccessError(401, "signInFailed");
      await setSessionCookie(result.token);
      return { redirect: result.actor.mustChangePassword ? "/admin/account" : "/admin" };
    },
  ),
  signOut: mutation("anyone", z.object({}), async (_input, { prisma }) => {
    await signOut(prisma, await sessionToken());
    (await cookies()).delete(SESSION_COOKIE);
    return { redirect: "/admin/login?signedOut=1" };
  }),
};
