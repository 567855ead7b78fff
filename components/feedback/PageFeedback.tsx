// "Was this page useful?" at the end of every reading page: the strings in the reader's language, handed to the form.
import { getTranslations } from "next-intl/server";
import { feedbackReasons } from "@/lib/feedback/fields";
import type { Locale } from "@/lib/i18n/locales";
import { FeedbackForm } from "./FeedbackForm";

/** `path`: the page's path without locale, e.g. /pathways/eu-blue-card. */
export async function PageFeedback({ locale, path }: { locale: Locale; path: string }) {
  const t = await getTranslations({ locale, namespace: "feedback" });
  return (
    <FeedbackForm
      locale={locale}
      path={path}
      labels={{
        question: t("question"),
        yes: t("yes"),
        no: t("no"),
        whatWasWrong: t("whatWasWrong"),
        comment: t("comment"),
        commentNote: t("commentNote"),
        send: t("send"),
        thanks: t("thanks"),
        failed: t("failed"),
        tooMany: t("refused.tooMany"),
        trap: t("trap"),
      }}
      reasons={feedbackReasons.map((reason) => ({ value: reason, label: t(`reason.${reason}`) }))}
    />
  );
}
