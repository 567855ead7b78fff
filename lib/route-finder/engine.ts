// Evaluates the decision table for one country and a complete set of answers: the routes that fit (best first), the
// routes a reader might expect that do not, each with its reasons. Pure: the caller loads the country's routes.
import type { CountryRoute } from "@/lib/routes/country-routes";
import {
  nationalBasis,
  purposeRoutes,
  rules,
  type FinderCountry,
  type LegalRef,
  type ReasonKey,
  type Rule,
  type RuleContext,
} from "./decision-table";
import type { Answers, FinderPurpose } from "./questions";

export interface Reason {
  rule: string;
  key: ReasonKey;
  effect: Rule["effect"];
  basis: LegalRef;
}

export interface Judged {
  route: CountryRoute;
  reasons: Reason[];
}

export interface Evaluation {
  matches: Judged[];
  excluded: Judged[];
}

/** The routes the purpose offers in this country, in the table's order, each once. */
export function candidateRoutes(country: FinderCountry, purpose: FinderPurpose, answers: Answers): CountryRoute[] {
  const seen = new Set<string>();
  const out: CountryRoute[] = [];
  for (const group of purposeRoutes[purpose]) {
    if (group.when && !group.when(answers)) continue;
    const picked = country.routes.filter(
      (route) =>
        (!route.scheme && group.fixed?.includes(route.id)) ||
        (route.scheme && route.purposes.some((purpose) => group.schemes?.includes(purpose))),
    );
    // Fixed routes in the group's order, then the schemes in the country's order.
    picked.sort((a, b) => (group.fixed?.indexOf(a.id) ?? 99) - (group.fixed?.indexOf(b.id) ?? 99));
    for (const route of picked) {
      if (seen.has(route.id)) continue;
      seen.add(route.id);
      out.push(route);
    }
  }
  return out;
}

function judges(rule: Rule, purpose: FinderPurpose, route: CountryRoute): boolean {
  if (rule.purposes !== "all" && !rule.purposes.includes(purpose)) return false;
  if (rule.routes === "any") return true;
  if (rule.routes === "schemes") return route.scheme;
  return !route.scheme && rule.routes.includes(route.id);
}

function basisOf(rule: Rule, context: RuleContext): LegalRef {
  if (rule.basis === "national") return nationalBasis(context.route);
  return typeof rule.basis === "function" ? rule.basis(context) : rule.basis;
}

/** The reasons the table gives for one route. */
export function reasonsFor(country: FinderCountry, route: CountryRoute, answers: Answers): Reason[] {
  const purpose = answers.purpose!;
  const context: RuleContext = { answers, route, country };
  return rules
    .filter((rule) => judges(rule, purpose, route) && rule.when(context))
    .map((rule) => ({ rule: rule.id, key: rule.reason, effect: rule.effect, basis: basisOf(rule, context) }));
}

export function evaluate(country: FinderCountry, answers: Answers): Evaluation {
  if (!answers.purpose) throw new Error("evaluate needs a purpose");
  const matches: Judged[] = [];
  const excluded: Judged[] = [];
  for (const route of candidateRoutes(country, answers.purpose, answers)) {
    const reasons = reasonsFor(country, route, answers);
    const against = reasons.filter((reason) => reason.effect === "excludes");
    if (against.length) excluded.push({ route, reasons: against });
    else if (reasons.some((reason) => reason.effect === "fits")) matches.push({ route, reasons });
  }
  // Best first: routes with nothing left to check before those with caveats; otherwise the table's order.
  const caveats = (judged: Judged) => judged.reasons.filter((reason) => reason.effect === "caveat").length;
  matches.sort((a, b) => Math.sign(caveats(a)) - Math.sign(caveats(b)));
  return { matches, excluded };
}
