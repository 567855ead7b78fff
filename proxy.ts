// Locale routing (next-intl), the 404 decisions that must come before rendering, and the Content-Security-Policy of the
// pages rendered per request. Cached reading pages carry their own policy (the hashes of their inline scripts, stored
// with the page by lib/cache/handler.mjs): a nonce here would make them dynamic, and a second policy would also be
// enforced. Authorisation does not live here.
import createMiddleware from "next-intl/middleware";
import { NextRequest, NextResponse } from "next/server";
import { guidanceAvailability } from "@/lib/content/availability";
import { databaseAvailable } from "@/lib/db/availability";
import { env } from "@/lib/env";
import { contentSecurityPolicy } from "@/lib/http/content-security-policy.mjs";
import { notFoundPath } from "@/lib/http/not-found";
import { sameOrigin } from "@/lib/http/same-origin";
import { preferredLocale } from "@/lib/i18n/preferred-locale";
import { routing } from "@/lib/i18n/routing";
import { databaseUnavailableResponse } from "@/lib/http/unavailable";

const handleI18nRouting = createMiddleware(routing);
const localePattern = routing.locales.join("|");
/** Pages that answer a query and so render per request (with a nonce); every other page is cached. */
const perRequestPage = new RegExp(
  `^/(${localePattern})/(search|feedback|internal-404|internal-share|internal-handout|countries/filter)/?$`,
);
const countryList = new RegExp(`^/(${localePattern})/countries/?$`);

/**
 * A path that cannot be decoded (/en/guides/%E0), or that still holds a % once decoded (/en/guides/%25, which Next.js
 * decodes a second time and fails on), is answered with the localized 404 page instead of a server error.
 * No page of ours has a % in its address.
 */
function undecodable(request: NextRequest) {
  try {
    return decodeURIComponent(request.nextUrl.pathname).includes("%");
  } catch {
    return true;
  }
}

/** Lets Next put a fresh nonce on the inline scripts of a page rendered for this request only. */
function withNonce(request: NextRequest, respond: (headers: Headers) => NextResponse) {
  const nonce = btoa(crypto.randomUUID());
  const policy = contentSecurityPolicy({ scriptSources: [`'nonce-${nonce}'`], dev: env().NODE_ENV === "development" });
  const headers = new Headers(request.headers);
  headers.set("content-security-policy", policy);
  const response = respond(headers);
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export default async function proxy(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl;
  if (undecodable(request)) {
    const locale = routing.locales.find((l) => pathname.startsWith(`/${l}/`)) ?? routing.defaultLocale;
    return NextResponse.rewrite(new URL(notFoundPath(locale), request.url));
  }
  // The editors' back office is not localized and never cached. Each admin page checks the session itself; while the
  // database is down it is one clear 503 page (readers are served from the page cache meanwhile).
  if (/^\/admin(\/|$)/.test(pathname)) {
    // Next answers a cross-site server action with a 500; refuse it plainly first (adminAction checks again).
    const origin = request.headers.get("origin");
    if (request.method === "POST" && origin && !sameOrigin(request.headers))
      return new Response("Refused: the request did not come from this site's own pages.\n", {
        status: 403,
        headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
      });
    if (!(await databaseAvailable())) {
      return databaseUnavailableResponse(
        preferredLocale(request.cookies.get("NEXT_LOCALE")?.value, request.headers.get("accept-language")),
      );
    }
    return withNonce(request, (headers) => NextResponse.next({ request: { headers } }));
  }
  // The country list's no-JavaScript filter answers a query: the cached list stays at /countries, the answer renders apart.
  if (countryList.test(pathname) && searchParams.get("q")?.trim()) {
    const target = new URL(`${pathname.replace(/\/$/, "")}/filter${request.nextUrl.search}`, request.url);
    return withNonce(request, (headers) => NextResponse.rewrite(target, { request: { headers } }));
  }
  // A guidance page missing in this language (or altogether) is a 404 with its own page, decided before rendering.
  const availability = guidanceAvailability(pathname);
  if (availability && availability.status !== "available") {
    const untranslated = availability.status === "untranslated" ? availability.key : undefined;
    return NextResponse.rewrite(new URL(notFoundPath(availability.locale, untranslated), request.url));
  }
  if (perRequestPage.test(pathname)) {
    // next-intl passes the request's headers, the policy included, on to the page.
    return withNonce(request, (headers) => handleI18nRouting(new NextRequest(request, { headers })));
  }
  return handleI18nRouting(request);
}

export const config = {
  matcher: "/((?!api|trpc|_next|_vercel|.*\\..*).*)",
};
