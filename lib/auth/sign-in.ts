// Signing in (password, then the second step or enrolment) and out, as mutations anyone may call (adminAction still
// checks that they come from this site's pages). Each step's checks live in lib/auth/accounts.ts and second-factor.ts;
// this file moves the tokens between them and the cookies.
import "server-only";
import { headers } from "next/headers";
import { z } from "zod";
import { requestClientAddress } from "@/lib/http/client-address";
import { rateLimitPool } from "@/lib/http/rate-limit";
import { signIn, signInLimits, signOut, type SignInLimits } from "./accounts";
import { MutationError, mutation } from "./mutation";
import { AccessError, type RefusalKey } from "./roles";
import {
  codeInput,
  completeEnrolment,
  completeSignIn,
  secondStepLimits,
  startEnrolment,
  type SecondStepFailure,
  type SecondStepLimits,
} from "./second-factor";
import { clearCookie, pendingToken, sessionToken, setPendingCookie, setSessionCookie } from "./session";

let limits: SignInLimits | undefined;
let codeLimits: SecondStepLimits | undefined;

const failureKeys: Record<SecondStepFailure["reason"], { status: 401 | 429; key: RefusalKey }> = {
  expired: { status: 401, key: "signInExpired" },
  invalid: { status: 401, key: "codeRefused" },
  throttled: { status: 429, key: "signInThrottled" },
};

/** A refused code: the message above the form, and the same next to the code field. */
function codeRefusal(reason: SecondStepFailure["reason"]): never {
  const { status, key } = failureKeys[reason];
  if (reason !== "invalid") throw new AccessError(status, key);
  throw new MutationError(status, key, {}, { fieldIssues: { code: { code: "custom", path: ["code"], message: key, params: { key } } } });
}

async function secondStep() {
  codeLimits ??= secondStepLimits(rateLimitPool());
  return { limits: codeLimits, pendingToken: await pendingToken(), address: requestClientAddress(await headers()) };
}

export const sessionMutations = {
  /** On any failure the same message, whether the account exists or not. */
  signIn: mutation(
    "anyone",
    z.object({ email: z.string().min(1).max(254), password: z.string().min(1).max(200) }),
    async (input, { prisma }) => {
      limits ??= signInLimits(rateLimitPool());
      const result = await signIn(prisma, limits, { ...input, address: requestClientAddress(await headers()) });
      if (!result.ok) throw result.reason === "throttled" ? new AccessError(429, "signInThrottled") : new AccessError(401, "signInFailed");
      if (result.step !== "session") {
        await setPendingCookie(result.pendingToken);
        return { redirect: result.step === "code" ? "/admin/login/code" : "/admin/login/enrol" };
      }
      await setSessionCookie(result.token);
      return { redirect: result.actor.mustChangePassword ? "/admin/account" : "/admin" };
    },
  ),
  /** The second step: a code from the authenticator app, or a recovery code. */
  secondStep: mutation("anyone", codeInput, async (input, { prisma }) => {
    const { limits, pendingToken, address } = await secondStep();
    const result = await completeSignIn(prisma, limits, { pendingToken, code: input.code, address });
    if (!result.ok) codeRefusal(result.reason);
    await clearCookie("passage_pending");
    await setSessionCookie(result.token);
    if (result.actor.mustChangePassword) return { redirect: "/admin/account" };
    return { redirect: result.recoveryCodeUsed ? "/admin/account?notice=recovery" : "/admin" };
  }),
  /** Enrolment: the first code confirms the app; the recovery codes are shown once, in the answer. */
  enrol: mutation("anyone", codeInput, async (input, { prisma }) => {
    const { limits, pendingToken, address } = await secondStep();
    const result = await completeEnrolment(prisma, limits, { pendingToken, code: input.code, address });
    if (!result.ok) codeRefusal(result.reason);
    // A signed-in editor who enrolled from the account page: the session made without the second factor ends here.
    await signOut(prisma, await sessionToken());
    await clearCookie("passage_pending");
    await setSessionCookie(result.token);
    return {
      notice: { key: "enrolled", values: {} },
      data: Object.fromEntries(result.recoveryCodes.map((code, index) => [`code${index + 1}`, code])),
    };
  }),
  /** A signed-in account without a second factor sets one up (editors, while an admin has made it optional). */
  startEnrolment: mutation("view", z.object({}), async (_input, { prisma, actor }) => {
    const token = await startEnrolment(prisma, actor!);
    if (!token) throw new AccessError(409, "alreadyEnrolled");
    await setPendingCookie(token);
    return { redirect: "/admin/login/enrol" };
  }),
  signOut: mutation("anyone", z.object({}), async (_input, { prisma }) => {
    await signOut(prisma, await sessionToken());
    await clearCookie("passage_session");
    return { redirect: "/admin/login?signedOut=1" };
  }),
};
