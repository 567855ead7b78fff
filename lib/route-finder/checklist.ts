// The personal checklist for the first route that fits: recognition first where the profession is regulated, then
// language, documents, the route's own steps, travel and the first weeks. Each item links to the guide section that
// explains it (the ids are checked against every language's guide by tests/unit/route-finder.test.ts).
import type { CountryRoute } from "@/lib/routes/country-routes";
import type { Answers } from "./questions";

export interface GuideSection {
  guide: string;
  section: string;
}

/** The generic items, with the guide section each links to. Message keys: finder.checklist.<id>. */
export const checklistSections = {
  recognition: { guide: "regulated-vs-non-regulated-professions", section: "if-regulated" },
  "check-regulated": { guide: "regulated-vs-non-regulated-professions", section: "check-your-profession" },
  language: { guide: "language-levels-required", section: "where-to-check" },
  documents: { guide: "documents-legalisation-apostille", section: "steps" },
  offer: { guide: "job-offers-employer-obligations", section: "genuine-offer" },
  place: { guide: "before-you-go-checklist", section: "job-offer-or-place" },
  means: { guide: "proof-of-means-health-insurance", section: "proof-of-means" },
  insurance: { guide: "proof-of-means-health-insurance", section: "health-insurance-long-stay" },
  apply: { guide: "applying-from-abroad", section: "steps" },
  biometrics: { guide: "applying-from-abroad", section: "biometrics" },
  travel: { guide: "before-you-go-checklist", section: "prepare-arrival" },
  register: { guide: "first-weeks-after-arrival", section: "register-address" },
  permit: { guide: "first-weeks-after-arrival", section: "residence-permit" },
  "first-weeks": { guide: "first-weeks-after-arrival", section: "typical-order" },
} as const satisfies Record<string, GuideSection>;
export type ChecklistItemId = keyof typeof checklistSections;

/** Where each of the routes' step ids belongs; a step not listed is an application step. */
const stepKinds: Record<string, ChecklistItemId> = {
  "job-offer": "offer",
  admission: "place",
  "hosting-agreement": "place",
  "training-agreement": "place",
  "facilitator-contract": "place",
  "sponsor-application": "place",
  "sponsor-notification": "place",
  "proof-of-means": "means",
  "health-insurance": "insurance",
  biometrics: "biometrics",
  travel: "travel",
  registration: "register",
  "residence-permit": "permit",
};
/** Steps the fixed items already cover. */
const coveredSteps = new Set(["recognition", "language-certificate"]);
const arrivalKinds = new Set<ChecklistItemId>(["travel", "register", "permit"]);

export interface ChecklistEntry {
  /** Stable, so a ticked box stays ticked: the route's step id, or the generic item's id. */
  id: string;
  kind: ChecklistItemId;
  /** The route's own sentence for the step in the reader's language, when it has one. */
  text?: string;
}

export function checklistFor(route: CountryRoute, answers: Answers): ChecklistEntry[] {
  const entries: ChecklistEntry[] = [];
  const recognitionFirst = answers.regulated === "yes" || route.facts.requirements.recognition === "before";
  if (recognitionFirst) entries.push({ id: "recognition", kind: "recognition", text: route.text?.steps.recognition });
  else if (answers.regulated === "unsure") entries.push({ id: "check-regulated", kind: "check-regulated" });
  entries.push({ id: "language", kind: "language", text: route.text?.steps["language-certificate"] });
  entries.push({ id: "documents", kind: "documents" });
  const steps = route.facts.steps.filter((step) => !coveredSteps.has(step));
  const kindOf = (step: string): ChecklistItemId => stepKinds[step] ?? "apply";
  const entry = (step: string): ChecklistEntry => ({ id: step, kind: kindOf(step), text: route.text?.steps[step] });
  entries.push(...steps.filter((step) => !arrivalKinds.has(kindOf(step))).map(entry));
  if (!steps.some((step) => kindOf(step) === "travel")) entries.push({ id: "travel", kind: "travel" });
  entries.push(...steps.filter((step) => arrivalKinds.has(kindOf(step))).map(entry));
  entries.push({ id: "first-weeks", kind: "first-weeks" });
  return entries;
}
