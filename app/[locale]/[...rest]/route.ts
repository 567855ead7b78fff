import { notFound } from "next/navigation";
import { notFoundResponse } from "@/lib/http/not-found";
import { isLocale } from "@/lib/i18n/locales";

// Any unknown path under a locale, and the pages the proxy sends here (missing or untranslated guidance, undecodable
// addresses): the localized 404 page, server-rendered, with status 404. The one caller of notFoundResponse.
export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  const untranslated = new URL(request.url).searchParams.get("page") ?? undefined;
  const response = isLocale(locale) ? await notFoundResponse(locale, untranslated) : null;
  if (response) return response;
  notFound();
}
