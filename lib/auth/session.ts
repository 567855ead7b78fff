// The session cookie and the signed-in actor for Next.js pages and server actions.
import "server-only";
import { cookies, headers } from "next/headers";
import { db } from "@/lib/db/client";
import { siteUrl } from "@/lib/env";
import { actorForToken, SESSION_TTL_MS } from "./accounts";
import type { Actor } from "./roles";

export const SESSION_COOKIE = "passage_session";

export async function sessionToken(): Promise<string | undefined> {
  return (await cookies()).get(SESSION_COOKIE)?.value;
}

export async function currentActor(): Promise<Actor | null> {
  return actorForToken(db(), await sessionToken());
}

/** The session cookie: HttpOnly (no script reads it), SameSite=Lax (not sent on cross-site POSTs), Secure over https. */
export async function setSessionCookie(token: string) {
  const forwardedProto = (await headers()).get("x-forwarded-proto");
  (await cookies()).set(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    maxAge: Math.floor(SESSION_TTL_MS / 1000),
    secure: siteUrl().startsWith("https://") || forwardedProto === "https",
  });
}
