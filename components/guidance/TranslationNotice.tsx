import { getTranslations } from "next-intl/server";
import { Callout } from "@/components/Callout";
import { referenceLocale, type Locale } from "@/lib/i18n/locales";
import { getPathname } from "@/lib/i18n/navigation";

/** Says what a translation is: its reference, whether a person reviewed it, and whether the English page moved on since. */
export async function TranslationNotice({
  locale,
  path,
  reviewed,
  outdated,
}: {
  locale: Locale;
  path: string;
  reviewed: boolean;
  outdated: boolean;
}) {
  if (locale === referenceLocale) return null;
  const t = await getTranslations({ locale, namespace: "guidance" });
  const englishLink = (
    <a href={getPathname({ href: path, locale: referenceLocale })} hrefLang={referenceLocale} lang={referenceLocale}>
      {t("readReference")}
    </a>
  );
  if (outdated) {
    return (
      <Callout type="warning" title={t("outdatedTitle")}>
        <p>
          {t("outdatedText")} {englishLink}
        </p>
      </Callout>
    );
  }
  return (
    <p className="meta translation-notice">
      {t("translationNotice")} {reviewed ? t("translationReviewed") : t("translationNotReviewed")} {englishLink}
    </p>
  );
}
