// The session cookie and the signed-in actor for Next.js pages and route handlers.
import "server-only";
import { cookies } from "next/headers";
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

/** HttpOnly (no script reads it), SameSite=Lax (not sent on cross-site POSTs), Secure whenever the site is served over https. */
export function sessionCookie(request: Request, token: string, maxAgeMs = SESSION_TTL_MS) {
  const secure = siteUrl().startsWith("https://") || request.headers.get("x-forwarded-proto") === "https";
  const parts = [`${SESSION_COOKIE}=${token}`, "Path=/", "HttpOnly", "SameSite=Lax", `Max-Age=${Math.floor(maxAgeMs / 1000)}`];
  if (secure) parts.push("Secure");
  return parts.join("; ");
}

/** True when a POST comes from a page of this site: its Origin (or, failing that, Referer) has the request's own host. */
export function sameOrigin(request: Request): boolean {
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  const origin = request.headers.get("origin") ?? request.headers.get("referer");
  if (!host || !origin || origin === "null") return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
