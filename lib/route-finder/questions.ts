// The finder's questions. Parameter names and values are a contract shared by the page (/{locale}/route) and the API
// (/api/route): keep them exactly. Only the questions that matter for the answers so far are asked, in this order.
import type { z } from "zod";
import type { answersSchema } from "./schemas";

export const finderPurposes = [
  "work",
  "study",
  "research",
  "training",
  "seasonal",
  "family",
  "business",
  "job-search",
  "transfer",
  "long-term",
  "short-stay",
] as const;
export type FinderPurpose = (typeof finderPurposes)[number];

export const UNDECIDED = "undecided";

/** The choices of every question but `country` (the 27 slugs come from the content) and `years` (a number). */
export const choiceValues = {
  purpose: finderPurposes,
  jobOffer: ["yes", "no"],
  qualification: ["higher", "vocational", "none"],
  salary: ["above", "below", "unsure"],
  regulated: ["yes", "no", "unsure"],
  sponsor: ["eu-citizen", "national", "blue-card", "researcher", "ict", "permit"],
  admission: ["yes", "no"],
} as const;
export type ChoiceQuestion = keyof typeof choiceValues;

export const questionIds = [
  "country",
  "purpose",
  "jobOffer",
  "qualification",
  "salary",
  "regulated",
  "sponsor",
  "admission",
  "years",
] as const;
export type QuestionId = (typeof questionIds)[number];

export const YEARS_MAX = 50;

/** The answers so far: inferred from the schema the API's answers are checked with (lib/route-finder/schemas.ts). */
export type Answers = z.infer<typeof answersSchema>;

/** The questions that matter given the answers so far, in the order they are asked. */
export function relevantQuestions(answers: Answers): QuestionId[] {
  const ids: QuestionId[] = ["country", "purpose"];
  switch (answers.purpose) {
    case "work":
      ids.push("jobOffer");
      if (answers.jobOffer === "yes") {
        ids.push("qualification");
        if (answers.qualification === "higher") ids.push("salary");
        ids.push("regulated");
      }
      break;
    case "family":
      ids.push("sponsor");
      break;
    case "study":
    case "research":
      ids.push("admission");
      break;
    case "long-term":
      ids.push("years");
      break;
  }
  return ids;
}

/** The first relevant question without an answer; null once the answers are enough for a result. */
export function nextQuestion(answers: Answers): QuestionId | null {
  return relevantQuestions(answers).find((id) => answers[id] === undefined) ?? null;
}

/** The answers without those that do not matter (a `jobOffer` left over after switching to `study`). */
export function relevantAnswers(answers: Answers): Answers {
  // Relevance depends on earlier answers only, so one pass in question order is enough.
  const kept: Answers = {};
  for (const id of questionIds) {
    if (answers[id] === undefined) continue;
    if (relevantQuestions({ ...kept, [id]: answers[id] }).includes(id)) Object.assign(kept, { [id]: answers[id] });
  }
  return kept;
}

/** The query string of answers in question order: the canonical form of a step's or a result's URL. */
export function answersQuery(answers: Answers): string {
  const query = new URLSearchParams();
  for (const id of questionIds) if (answers[id] !== undefined) query.set(id, String(answers[id]));
  return query.toString();
}
