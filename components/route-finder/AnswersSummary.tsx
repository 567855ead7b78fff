import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";
import type { Question } from "@/lib/route-finder/answer";
import { answersQuery, questionIds, type Answers } from "@/lib/route-finder/questions";

/** The answers so far, each with a link that asks that question again and keeps the other answers. */
export async function AnswersSummary({
  locale,
  answers,
  questions,
}: {
  locale: Locale;
  answers: Answers;
  /** The answered questions with their options, for the labels of the answers. */
  questions: Question[];
}) {
  const t = await getTranslations({ locale, namespace: "finder" });
  const answered = questionIds.filter((id) => answers[id] !== undefined);
  if (!answered.length) return null;
  return (
    <section aria-labelledby="your-answers" className="no-print-form">
      <h2 id="your-answers">{t("yourAnswers")}</h2>
      <dl className="finder-answers">
        {answered.map((id) => {
          const value = String(answers[id]);
          const label = questions.find((question) => question.id === id)?.options.find((option) => option.value === value)?.label ?? value;
          const without = answersQuery({ ...answers, [id]: undefined });
          return (
            <div key={id}>
              <dt>{t(`questions.${id}`)}</dt>
              <dd>
                {label}{" "}
                <Link
                  href={`/route${without ? `?${without}` : ""}`}
                  className="no-print"
                  aria-label={t("changeLabel", { question: t(`questions.${id}`) })}
                >
                  {t("change")}
                </Link>
              </dd>
            </div>
          );
        })}
      </dl>
      <p className="no-print">
        <Link href="/route">{t("startAgain")}</Link>
      </p>
    </section>
  );
}
