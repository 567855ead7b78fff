// The share page and the handout answer a query, so they render per request; their status (200, 400 for a malformed
// query, 404 for an unknown page or section) is decided here from the same resolution the page renders, and the page
// itself is rendered as an internal page (see lib/http/not-found.ts for why a page cannot set its own status).
import "server-only";
import { internalPageResponse } from "@/lib/http/not-found";
import { isLocale } from "@/lib/i18n/locales";
import { resolveShareTarget } from "./target";

export async function sharedPageResponse(kind: "share" | "handout", request: Request, params: Promise<{ locale: string }>) {
  const { locale } = await params;
  const search = new URL(request.url).searchParams;
  if (!isLocale(locale)) return new Response("Not found\n", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  // Country pages come from the cached published reads; with neither the cache nor the database, say so plainly.
  const resolution = await resolveShareTarget(locale, search).catch(() => null);
  if (!resolution) return unavailable();
  const forwarded = new URLSearchParams();
  for (const name of ["page", "section"]) {
    const value = search.get(name);
    if (value !== null) forwarded.set(name, value);
  }
  const response = await internalPageResponse(`/${locale}/internal-${kind}?${forwarded.toString()}`, resolution.status);
  return response ?? unavailable();
}

function unavailable() {
  return new Response("This page could not be rendered. Please try again in a moment.\n", {
    status: 503,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", "Retry-After": "5" },
  });
}
