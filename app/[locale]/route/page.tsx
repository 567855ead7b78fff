import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AnswersSummary } from "@/components/route-finder/AnswersSummary";
import { QuestionStep } from "@/components/route-finder/QuestionStep";
import { ResultView } from "@/components/route-finder/ResultView";
import { countrySlugs } from "@/lib/content/countries";
import { pageMetadata } from "@/lib/i18n/metadata";
import { redirect } from "@/lib/i18n/navigation";
import { localeParam } from "@/lib/i18n/params";
import { absoluteUrl, localizedPath } from "@/lib/i18n/paths";
import { answerFor, questionFor, type Translate } from "@/lib/route-finder/answer";
import { finderCountries, finderCountryNames } from "@/lib/route-finder/load";
import { answersQuery, nextQuestion, questionIds, relevantQuestions, UNDECIDED, type QuestionId } from "@/lib/route-finder/questions";
import { parseLenient } from "@/lib/route-finder/request";

// Answers a query, so it renders per request; it reads only cached published content (lib/route-finder/load.ts).
export const dynamic = "force-dynamic";

type SearchParams = Record<string, string | string[] | undefined>;
type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const locale = await localeParam(params);
  const t = await getTranslations({ locale, namespace: "finder" });
  const answered = Object.keys(await searchParams).length > 0;
  return {
    ...pageMetadata({ locale, path: "/route", title: t("title"), description: t("description") }),
    // The empty finder is a page to find; each answer path is a query, not a page of its own.
    ...(answered ? { robots: { index: false, follow: true } } : {}),
  };
}

const isQuestionId = (value: unknown): value is QuestionId =>
  typeof value === "string" && (questionIds as readonly string[]).includes(value);

function queryOf(params: SearchParams): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) for (const one of [value ?? []].flat()) query.append(key, one);
  return query.toString();
}

export default async function RouteFinderPage({ params, searchParams }: Props) {
  const locale = await localeParam(params);
  const raw = await searchParams;
  const { answers, invalid } = parseLenient(raw, await countrySlugs());
  const canonical = answersQuery(answers);
  // `step` names the question a form answered: if its answer is missing or invalid, the form comes back with an error.
  const step = Array.isArray(raw.step) ? raw.step[0] : raw.step;
  const error = isQuestionId(step) && (answers[step] === undefined || invalid.includes(step)) ? step : null;
  // Unknown parameters (utm_*, fbclid), invalid values and answers that no longer matter: one redirect to the canonical URL.
  if (!error && queryOf(raw) !== canonical) redirect({ href: `/route${canonical ? `?${canonical}` : ""}`, locale });

  const t = await getTranslations({ locale });
  const translate = t as unknown as Translate;
  const countries = await finderCountries(answers, locale);
  const names = nextQuestion(answers) === "country" ? await finderCountryNames(locale) : countries;
  const answer = answerFor(answers, countries, locale, translate, names);
  const country = answers.country && answers.country !== UNDECIDED ? countries.find((c) => c.slug === answers.country) : undefined;
  const answered = questionIds.filter((id) => answers[id] !== undefined);
  const questions = answered.map((id) => questionFor(id, translate, names));
  const relevant = relevantQuestions(answers);
  // "At most": the longest path from here (a work purpose with a job offer and a degree asks six questions).
  const longest = relevantQuestions({
    ...answers,
    purpose: answers.purpose ?? "work",
    jobOffer: answers.jobOffer ?? "yes",
    qualification: answers.qualification ?? "higher",
  });
  const purposeLabel = answers.purpose ? t(`finder.options.purpose.${answers.purpose}`) : "";

  return (
    <div className="prose-passage">
      {"question" in answer ? (
        <>
          <h1>{t("finder.title")}</h1>
          {answered.length ? null : <p className="lead">{t("finder.intro")}</p>}
          {/* Outside the step's form, so that it stays in place and its new text is announced when the next step arrives. */}
          <p role="status" className="meta">
            {t("finder.progress", { current: relevant.indexOf(answer.question.id) + 1, total: longest.length })}
          </p>
          <AnswersSummary locale={locale} answers={answers} questions={questions} />
          <QuestionStep
            locale={locale}
            question={answer.question}
            answers={answers}
            error={error === answer.question.id}
            country={country}
          />
        </>
      ) : (
        <>
          <h1 id="result-title" tabIndex={-1}>
            {country
              ? t("finder.result.title", { purpose: purposeLabel, country: country.name })
              : t("finder.result.titleUndecided", { purpose: purposeLabel })}
          </h1>
          <AnswersSummary locale={locale} answers={answers} questions={questions} />
          <ResultView
            locale={locale}
            result={answer}
            titleId="result-title"
            countryName={country?.name}
            pageUrl={absoluteUrl(localizedPath(locale, `/route?${canonical}`))}
            lastReviewed={country?.lastReviewed}
            storageKey={`passage.route-finder.${canonical}`}
          />
        </>
      )}
    </div>
  );
}
