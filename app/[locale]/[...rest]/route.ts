import { notFound } from "next/navigation";
import { notFoundResponse } from "@/lib/http/not-found";
import { isLocale } from "@/lib/i18n/locales";

// Any unknown path under a locale: the localized 404 page, server-rendered, with status 404.
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  const response = isLocale(locale) ? await notFoundResponse(locale) : null;
  if (response) return response;
  notFound();
}
