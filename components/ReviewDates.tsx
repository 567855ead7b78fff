import { getFormatter, getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/locales";

/** "Last reviewed" and "Next review due", machine-readable with <time datetime>. */
export async function ReviewDates({ locale, lastReviewed, reviewDue }: { locale: Locale; lastReviewed: string; reviewDue?: string }) {
  const t = await getTranslations({ locale, namespace: "review" });
  const format = await getFormatter({ locale });
  // A YYYY-MM-DD string parses as midnight UTC, and dates are formatted in UTC (lib/i18n/request.ts): no day shift.
  const date = (isoDate: string) => format.dateTime(new Date(isoDate), "date");
  return (
    <p className="meta">
      {t("lastReviewed")}: <time dateTime={lastReviewed}>{date(lastReviewed)}</time>
      {reviewDue ? (
        <>
          {" · "}
          {t("reviewDue")}: <time dateTime={reviewDue}>{date(reviewDue)}</time>
        </>
      ) : null}
    </p>
  );
}
