// The back office's cookies (the session, and the pending sign-in between the password and the second step) and the
// signed-in actor for Next.js pages and server actions.
import "server-only";
import { cookies, headers } from "next/headers";
import { db } from "@/lib/db/client";
import { siteUrl } from "@/lib/env";
import { actorForToken, PENDING_ENROL_TTL_MS, SESSION_TTL_MS } from "./accounts";
import { authCookieName } from "./cookie-names";
import type { Actor } from "./roles";

export const SESSION_COOKIE = "passage_session";
export const PENDING_COOKIE = "passage_pending";

export async function sessionToken(): Promise<string | undefined> {
  return (await cookies()).get(authCookieName(SESSION_COOKIE, siteUrl()))?.value;
}

export async function pendingToken(): Promise<string | undefined> {
  return (await cookies()).get(authCookieName(PENDING_COOKIE, siteUrl()))?.value;
}

export async function currentActor(): Promise<Actor | null> {
  return actorForToken(db(), await sessionToken());
}

/**
 * HttpOnly (no script reads it), SameSite=Lax (not sent on cross-site POSTs), path /, Secure over https, where its
 * name also gets the __Host- prefix (the browser then refuses it from a subdomain or over plain http).
 */
async function setAuthCookie(name: string, token: string, maxAgeMs: number) {
  const forwardedProto = (await headers()).get("x-forwarded-proto");
  (await cookies()).set(authCookieName(name, siteUrl()), token, {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    maxAge: Math.floor(maxAgeMs / 1000),
    secure: siteUrl().startsWith("https://") || forwardedProto === "https",
  });
}

export async function setSessionCookie(token: string) {
  await setAuthCookie(SESSION_COOKIE, token, SESSION_TTL_MS);
}

/** The pending sign-in's cookie lives as long as the longest pending step (enrolment); the database has the real expiry. */
export async function setPendingCookie(token: string) {
  await setAuthCookie(PENDING_COOKIE, token, PENDING_ENROL_TTL_MS);
}

/** Expires a cookie, with the same attributes it was set with (a __Host- cookie is only replaced by a Secure one). */
export async function clearCookie(name: typeof SESSION_COOKIE | typeof PENDING_COOKIE) {
  await setAuthCookie(name, "", 0);
}
