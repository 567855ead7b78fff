// The back office's answer while its database is down: a plain, translated 503 page that needs nothing but itself.
import { createTranslator } from "next-intl";
import { directionOf, type Locale } from "@/lib/i18n/locales";

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export async function databaseUnavailableResponse(locale: Locale): Promise<Response> {
  const messages = (await import(`../../messages/${locale}.json`)).default;
  const t = createTranslator({ locale, messages, namespace: "unavailable" });
  const html = `<!doctype html>
<html lang="${locale}" dir="${directionOf(locale)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>${escapeHtml(t("title"))}</title></head>
<body><main><h1>${escapeHtml(t("title"))}</h1><p>${escapeHtml(t("text"))}</p><p><a href="/${locale}">${escapeHtml(t("publicSite"))}</a></p></main></body></html>`;
  return new Response(html, {
    status: 503,
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Cache-Control": "no-store",
      "Retry-After": "60",
      "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
    },
  });
}
