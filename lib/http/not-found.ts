// Serves our localized 404 pages, fully server-rendered, with status 404.
// Next.js 16 sends a `notFound()` response as an empty `__next_error__` shell that only JavaScript fills in
// (vercel/next.js#62228), which leaves readers without JavaScript with a blank page. So a 404 is rendered as an
// internal page and sent on with the 404 status. The internal page answers only requests carrying this process's
// token, made here on first use: the proxy, the route handler and the page all run in the one server process.
// e2e/not-found.spec.ts fails once the upstream bug is fixed: then this file, app/[locale]/internal-404 and
// app/[locale]/[...rest] can give way to `notFound()` and app/[locale]/not-found.tsx.
import { randomBytes, timingSafeEqual } from "node:crypto";
import { env } from "@/lib/env";
import type { Locale } from "@/lib/i18n/locales";

export const INTERNAL_RENDER_HEADER = "x-passage-internal-render";

const tokenKey = Symbol.for("passage.internalRenderToken");
function processToken(): string {
  const store = globalThis as Record<symbol, string | undefined>;
  store[tokenKey] ??= randomBytes(24).toString("base64url");
  return store[tokenKey];
}

export function isInternalRender(headerValue: string | null) {
  const expected = Buffer.from(processToken());
  const given = Buffer.from(headerValue ?? "");
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** Where the proxy sends a request that must end in a 404 page (`untranslated`: the key of a page missing in `locale`). */
export function notFoundPath(locale: Locale, untranslated?: string) {
  return `/${locale}/__not-found${untranslated ? `?page=${encodeURIComponent(untranslated)}` : ""}`;
}

/** The localized 404 page for `locale` (for a page missing only in that language, `untranslated` is its key). */
export async function notFoundResponse(locale: Locale, untranslated?: string): Promise<Response | null> {
  const query = untranslated ? `?page=${encodeURIComponent(untranslated)}` : "";
  return internalPageResponse(`/${locale}/internal-404${query}`, 404);
}

/**
 * A page rendered per request for this server only (its path checks the token with `isInternalRender`), sent on with
 * `status` and its Content-Security-Policy: how a page answering a query gets a 400 or 404 status that Next would
 * otherwise turn into an empty shell. Null when it could not be rendered.
 */
export async function internalPageResponse(path: string, status: number): Promise<Response | null> {
  const response = await fetch(`http://127.0.0.1:${env().PORT}${path}`, {
    headers: { [INTERNAL_RENDER_HEADER]: processToken() },
    signal: AbortSignal.timeout(5000),
  }).catch(() => null);
  if (!response?.ok) return null;
  const headers = new Headers({ "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" });
  for (const name of ["content-security-policy", "x-content-type-options", "referrer-policy", "x-frame-options"]) {
    const value = response.headers.get(name);
    if (value) headers.set(name, value);
  }
  return new Response(await response.text(), { status, headers });
}
