import Form from "next/form";
import { getFormatter, getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";
import { blueCardThreshold, type Question } from "@/lib/route-finder/answer";
import type { FinderCountry } from "@/lib/route-finder/decision-table";
import { questionIds, type Answers } from "@/lib/route-finder/questions";
import { FocusOnArrival } from "./FocusOnArrival";

/**
 * One question as a GET form: the other answers ride along as hidden fields, `step` names the question so that an empty
 * submission shows an error next to it. next/form turns it into a client navigation when JavaScript runs.
 */
export async function QuestionStep({
  locale,
  question,
  answers,
  error,
  country,
}: {
  locale: Locale;
  question: Question;
  answers: Answers;
  error: boolean;
  /** The chosen country, for the Blue Card threshold shown with the salary question. */
  country?: FinderCountry;
}) {
  const t = await getTranslations({ locale, namespace: "finder" });
  const format = await getFormatter({ locale });
  const id = question.id;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [error ? errorId : null, hintId].filter(Boolean).join(" ");
  const legendId = "question";

  const threshold = id === "salary" ? blueCardThreshold(country) : null;
  const hint =
    id === "country" ? (
      <p id={hintId}>{t("hints.country")}</p>
    ) : id === "years" ? (
      <p id={hintId}>{t("hints.years")}</p>
    ) : id === "regulated" ? (
      <p id={hintId}>
        <Link href="/guides/regulated-vs-non-regulated-professions#check-your-profession">{t("hints.regulated")}</Link>
      </p>
    ) : threshold ? (
      <p id={hintId}>
        {threshold.figure && country ? (
          <>
            {t("threshold.figure", {
              country: country.name,
              amount: format.number(threshold.figure.amount!, { style: "currency", currency: threshold.figure.currency ?? "EUR" }),
              from: format.dateTime(new Date(threshold.figure.appliesFrom!), "date"),
              checked: format.dateTime(new Date(threshold.figure.checked!), "date"),
            })}{" "}
            <a href={threshold.url}>{t("threshold.source")}</a>
          </>
        ) : country ? (
          <>
            {t("threshold.check", { country: country.name })} <a href={threshold.url}>{t("threshold.checkLink")}</a>
          </>
        ) : (
          <>
            {t("threshold.undecided")} <a href={threshold.url}>{t("threshold.undecidedLink")}</a>
          </>
        )}
      </p>
    ) : null;

  return (
    <Form action={`/${locale}/route`} className="finder-step" key={id}>
      <FocusOnArrival targetId={legendId} />
      {questionIds
        .filter((other) => other !== id && answers[other] !== undefined)
        .map((other) => (
          <input key={other} type="hidden" name={other} value={String(answers[other])} />
        ))}
      <input type="hidden" name="step" value={id} />
      <fieldset aria-describedby={describedBy || undefined}>
        <legend id={legendId} tabIndex={-1} className="text-step-1 font-bold">
          {t(`questions.${id}`)}
        </legend>
        {hint}
        {error ? (
          <p id={errorId} className="field-error">
            {id === "years" ? t("yearsInvalid") : t("chooseOne")}
          </p>
        ) : null}
        {id === "years" ? (
          <p>
            <label htmlFor="years-input">{t("questions.years")}</label>
            <input
              id="years-input"
              name="years"
              type="number"
              inputMode="numeric"
              min={question.min}
              max={question.max}
              step={1}
              required
              aria-invalid={error || undefined}
              aria-describedby={describedBy || undefined}
              className="finder-number"
            />
          </p>
        ) : (
          <ul className={id === "country" ? "finder-options finder-options-columns" : "finder-options"}>
            {question.options.map((option) => (
              <li key={option.value}>
                <input type="radio" id={`${id}-${option.value}`} name={id} value={option.value} required />{" "}
                <label htmlFor={`${id}-${option.value}`}>{option.label}</label>
              </li>
            ))}
          </ul>
        )}
      </fieldset>
      <p>
        <button type="submit" className="button">
          {t("continue")}
        </button>
      </p>
    </Form>
  );
}
