import { getTranslations } from "next-intl/server";
import { formatDate } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";

/** "Last reviewed" and "Next review due", machine-readable with <time datetime>. */
export async function ReviewDates({ locale, lastReviewed, reviewDue }: { locale: Locale; lastReviewed: string; reviewDue?: string }) {
  const t = await getTranslations({ locale, namespace: "review" });
  return (
    <p className="meta">
      {t("lastReviewed")}: <time dateTime={lastReviewed}>{formatDate(lastReviewed, locale)}</time>
      {reviewDue ? (
        <>
          {" · "}
          {t("reviewDue")}: <time dateTime={reviewDue}>{formatDate(reviewDue, locale)}</time>
        </>
      ) : null}
    </p>
  );
}
