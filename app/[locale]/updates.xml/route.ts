import { getTranslations } from "next-intl/server";
import { atomResponse, unknownFeed } from "@/lib/editorial/atom";
import { recentChanges } from "@/lib/editorial/changes";
import { isLocale, locales } from "@/lib/i18n/locales";

// Cached like the pages (tagged through the published-changes read) until a publish expires it.
export const dynamic = "force-static";

export function generateStaticParams() {
  return locales.map((locale) => ({ locale }));
}

/** Atom feed of recent changes in one language: country profiles as published, guidance pages as reviewed. */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) return unknownFeed();
  const t = await getTranslations({ locale, namespace: "countries" });
  return atomResponse(locale, {
    path: "/updates",
    title: t("feedTitle"),
    description: t("updatesIntro"),
    changes: await recentChanges(locale),
  });
}
