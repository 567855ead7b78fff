// Serves our localized 404 pages, fully server-rendered, with status 404.
// Next.js 16 sends a `notFound()` response as an empty `__next_error__` shell that only JavaScript fills in
// (vercel/next.js#62228), which leaves readers without JavaScript with a blank page. So a 404 is rendered as an
// internal page (guarded by a per-process token) and sent on with the 404 status.
import { env } from "@/lib/env";
import type { Locale } from "@/lib/i18n/locales";

export const INTERNAL_RENDER_HEADER = "x-passage-internal-render";

export function isInternalRender(headerValue: string | null) {
  const token = env().INTERNAL_RENDER_TOKEN;
  return Boolean(token && headerValue === token);
}

/** The localized 404 page for `locale` (for a page missing only in that language, `untranslated` is its key). */
export async function notFoundResponse(locale: Locale, untranslated?: string): Promise<Response | null> {
  const { INTERNAL_RENDER_TOKEN: token, PORT } = env();
  if (!token) return null;
  const query = untranslated ? `?page=${encodeURIComponent(untranslated)}` : "";
  const response = await fetch(`http://127.0.0.1:${PORT}/${locale}/internal-404${query}`, {
    headers: { [INTERNAL_RENDER_HEADER]: token },
    signal: AbortSignal.timeout(5000),
  }).catch(() => null);
  if (!response?.ok) return null;
  const headers = new Headers({ "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" });
  for (const name of ["content-security-policy", "x-content-type-options", "referrer-policy", "x-frame-options"]) {
    const value = response.headers.get(name);
    if (value) headers.set(name, value);
  }
  return new Response(await response.text(), { status: 404, headers });
}
