// The sections of a country route page, in order: the page renders them, the share page and the handout accept their ids.
import { appliesIn, type CountryRoute } from "./country-routes";

export const routeSectionIds = ["status", "alternatives", "apply", "conditions", "figures", "recognition", "family", "steps"] as const;
export type RouteSectionId = (typeof routeSectionIds)[number];

/** Whether the conditions table has at least one row (a requirement the route's facts state). */
export function hasConditionFacts(route: CountryRoute) {
  const r = route.facts.requirements;
  return (
    [r.jobOffer, r.labourMarketTest, r.quota, r.healthInsurance, r.sufficientMeans].some((v) => v !== undefined) ||
    !!r.qualification ||
    !!r.language
  );
}

/** The sections this route's page shows. */
export function routeSections(route: CountryRoute): RouteSectionId[] {
  const facts = route.facts;
  const shown: Record<RouteSectionId, boolean> = {
    status: true,
    alternatives: !appliesIn(route),
    apply: facts.decides.length > 0 || facts.apply.length > 0,
    conditions: hasConditionFacts(route) || (route.text?.conditions.length ?? 0) > 0,
    figures: facts.figures.length > 0,
    recognition: !!facts.requirements.recognition,
    family: facts.family !== undefined || facts.longTermResidence !== undefined,
    steps: facts.steps.length > 0,
  };
  return routeSectionIds.filter((id) => shown[id]);
}
