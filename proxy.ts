// Locale routing (next-intl) plus the page Content-Security-Policy with a fresh nonce per request: Next.js reads the
// nonce from the request's CSP header and puts it on the inline scripts it needs. Authorisation does not live here.
import createMiddleware from "next-intl/middleware";
import { NextResponse, type NextRequest } from "next/server";
import { guidanceAvailability } from "@/lib/content/availability";
import { env } from "@/lib/env";
import { notFoundResponse } from "@/lib/http/not-found";
import { routing } from "@/lib/i18n/routing";

const handleI18nRouting = createMiddleware(routing);

function contentSecurityPolicy(nonce: string) {
  const dev = env().NODE_ENV === "development";
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

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

export default async function proxy(request: NextRequest) {
  const nonce = btoa(crypto.randomUUID());
  const csp = contentSecurityPolicy(nonce);
  request.headers.set("content-security-policy", csp);
  request.headers.set("x-nonce", nonce);
  let response: NextResponse;
  if (undecodable(request)) {
    const locale = routing.locales.find((l) => request.nextUrl.pathname.startsWith(`/${l}/`)) ?? routing.defaultLocale;
    response = NextResponse.rewrite(new URL(`/${locale}/invalid-address`, request.url), { request: { headers: request.headers } });
  } else if (/^\/admin(\/|$)/.test(request.nextUrl.pathname)) {
    // The editors' back office is not localized; it gets the CSP but no locale prefix. Each admin page checks the session itself.
    response = NextResponse.next({ request: { headers: request.headers } });
  } else {
    // A guidance page missing in this language (or altogether) is a 404 with its own page, decided before rendering.
    const availability = guidanceAvailability(request.nextUrl.pathname);
    if (availability && availability.status !== "available") {
      const page = await notFoundResponse(availability.locale, availability.status === "untranslated" ? availability.key : undefined);
      if (page) return page;
    }
    response = handleI18nRouting(request);
  }
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

export const config = {
  matcher: "/((?!api|trpc|_next|_vercel|.*\\..*).*)",
};
