// The route finder's decision table: which routes answer each purpose, and the rules that say why a route fits or does
// not, each with its legal basis down to the article. Data, evaluated by ./engine.ts; pages and the API never decide.
// Reasons are message keys (messages/*.json → finder.reasons) with parameters, so each language words them itself.
import { directiveSources, schengenSource } from "@/lib/content/directives";
import type { CountryFacts, DirectiveKey } from "@/lib/content/schema";
import type { CountryRoute } from "@/lib/routes/country-routes";
import type { Purpose } from "@/lib/routes/registry";
import type messages from "@/messages/en.json";
import type { Answers, FinderPurpose } from "./questions";

export interface LegalRef {
  title: string;
  article?: string;
  url: string;
}

export interface FinderCountry {
  slug: string;
  name: string;
  facts: Pick<CountryFacts, "directives" | "schengen" | "authority" | "portal" | "visaApplication">;
  routes: CountryRoute[];
  /** When the country's routes were last reviewed (the printed checklist shows it). */
  lastReviewed?: string;
}

export interface RuleContext {
  answers: Answers;
  route: CountryRoute;
  country: FinderCountry;
}

export type ReasonKey = keyof (typeof messages)["finder"]["reasons"];

export interface Rule {
  id: string;
  /** The condition in words, for the readable list of rules. */
  condition: string;
  purposes: readonly FinderPurpose[] | "all";
  /** The routes the rule judges: fixed route ids, every national scheme, or any route. */
  routes: readonly string[] | "schemes" | "any";
  when: (context: RuleContext) => boolean;
  /** `fits`: a reason the route fits; `excludes`: a reason it does not; `caveat`: it may fit, check this first. */
  effect: "fits" | "excludes" | "caveat";
  reason: ReasonKey;
  /** `national`: the route's own national legal basis (a scheme's law, or the country's page for a fixed route). */
  basis: LegalRef | "national" | ((context: RuleContext) => LegalRef);
}

const act =
  (title: string, url: string) =>
  (article?: string): LegalRef => ({ title, url, ...(article ? { article } : {}) });
export const acts = {
  blueCard: act("Directive (EU) 2021/1883", directiveSources.blueCard),
  singlePermit: act("Directive (EU) 2024/1233", directiveSources.singlePermit),
  studentsResearchers: act("Directive (EU) 2016/801", directiveSources.studentsResearchers),
  seasonalWorkers: act("Directive 2014/36/EU", directiveSources.seasonalWorkers),
  intraCorporateTransfer: act("Directive 2014/66/EU", directiveSources.intraCorporateTransfer),
  familyReunification: act("Directive 2003/86/EC", directiveSources.familyReunification),
  longTermResidents: act("Directive 2003/109/EC", directiveSources.longTermResidents),
  freeMovement: act("Directive 2004/38/EC", "https://eur-lex.europa.eu/eli/dir/2004/38/oj"),
  bordersCode: act("Regulation (EU) 2016/399 (Schengen Borders Code)", schengenSource),
  visaList: act("Regulation (EU) 2018/1806", "https://eur-lex.europa.eu/eli/reg/2018/1806/oj"),
  denmark: act(
    "Protocol No 22 on the position of Denmark (TEU/TFEU)",
    "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:12016E/PRO/22",
  ),
  ireland: act(
    "Protocol No 21 on the position of the United Kingdom and Ireland (TEU/TFEU)",
    "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:12016E/PRO/21",
  ),
};

/** The directive behind each fixed EU route, with its scope article, for "this directive applies" and the opt-outs. */
export const routeDirectives: Record<string, { key: DirectiveKey; scope: LegalRef }> = {
  "eu-blue-card": { key: "blueCard", scope: acts.blueCard("Art. 3") },
  "single-permit": { key: "singlePermit", scope: acts.singlePermit("Art. 3") },
  researcher: { key: "studentsResearchers", scope: acts.studentsResearchers("Art. 2") },
  student: { key: "studentsResearchers", scope: acts.studentsResearchers("Art. 2") },
  "trainee-volunteer-au-pair": { key: "studentsResearchers", scope: acts.studentsResearchers("Art. 2(1)") },
  "seasonal-worker": { key: "seasonalWorkers", scope: acts.seasonalWorkers("Art. 2") },
  "intra-corporate-transferee": { key: "intraCorporateTransfer", scope: acts.intraCorporateTransfer("Art. 2") },
  "family-reunification": { key: "familyReunification", scope: acts.familyReunification("Art. 3") },
  "long-term-resident": { key: "longTermResidents", scope: acts.longTermResidents("Art. 3") },
};

/** The routes that answer each purpose, in the order they are offered; a group may depend on the answers. */
export interface RouteGroup {
  fixed?: readonly string[];
  /** National schemes whose registry purposes include one of these. */
  schemes?: readonly Purpose[];
  when?: (answers: Answers) => boolean;
}

const thirdCountrySponsor = (answers: Answers) => answers.sponsor !== undefined && !["eu-citizen", "national"].includes(answers.sponsor);

export const purposeRoutes: Record<FinderPurpose, readonly RouteGroup[]> = {
  work: [
    { fixed: ["eu-blue-card"] },
    { schemes: ["highly-skilled-work"] },
    { fixed: ["single-permit"] },
    { schemes: ["skilled-work"] },
    // Without a job offer, the ways to come and look for one are what fits.
    { fixed: ["job-seeker"], schemes: ["job-search"], when: (answers) => answers.jobOffer === "no" },
  ],
  study: [{ fixed: ["student"], schemes: ["study"] }],
  research: [{ fixed: ["researcher"], schemes: ["research"] }],
  training: [{ fixed: ["trainee-volunteer-au-pair"], schemes: ["training-volunteering"] }],
  seasonal: [{ fixed: ["seasonal-worker"], schemes: ["seasonal-work"] }],
  family: [
    { fixed: ["family-of-eu-citizens", "family-of-nationals", "family-reunification"] },
    { schemes: ["family"], when: thirdCountrySponsor },
  ],
  business: [{ fixed: ["self-employed"], schemes: ["self-employment", "remote-work"] }],
  "job-search": [{ fixed: ["job-seeker"], schemes: ["job-search"] }],
  transfer: [{ fixed: ["intra-corporate-transferee"], schemes: ["company-transfer"] }],
  "long-term": [{ fixed: ["long-term-resident"], schemes: ["long-term-residence"] }],
  "short-stay": [{ fixed: ["short-stay-visa"] }],
};

/** The EU-wide page for each purpose: the closest page when nothing fits, and the pathway pages' link into the finder. */
export const purposePathways: Record<FinderPurpose, string | null> = {
  work: "single-permit",
  study: "student",
  research: "researcher",
  training: "trainee-volunteer-au-pair",
  seasonal: "seasonal-worker",
  family: "family-reunification",
  business: "self-employed",
  "job-search": "job-seeker",
  transfer: "intra-corporate-transferee",
  "long-term": "long-term-resident",
  "short-stay": null,
};

/** Each pathway page's purpose, for its link into the finder. */
export const pathwayPurposes: Record<string, FinderPurpose> = {
  "eu-blue-card": "work",
  "single-permit": "work",
  student: "study",
  researcher: "research",
  "trainee-volunteer-au-pair": "training",
  "seasonal-worker": "seasonal",
  "family-reunification": "family",
  "self-employed": "business",
  "job-seeker": "job-search",
  "intra-corporate-transferee": "transfer",
  "long-term-resident": "long-term",
};

const workPurposes = ["work"] as const;
const optOutProtocol = ({ country, route }: RuleContext): LegalRef =>
  country.slug === "denmark"
    ? acts.denmark()
    : country.slug === "ireland"
      ? acts.ireland()
      : (routeDirectives[route.id]?.scope ?? { title: route.legalBasis[0]?.title ?? route.id, url: route.legalBasis[0]?.url ?? "" });
const sponsorBasis: Record<string, LegalRef> = {
  "blue-card": acts.blueCard("Art. 17"),
  researcher: acts.studentsResearchers("Art. 26"),
  ict: acts.intraCorporateTransfer("Art. 19"),
  permit: acts.familyReunification("Art. 3(1)"),
};
const requires = (route: CountryRoute) => route.facts.requirements;
const onlyHighlySkilled = (route: CountryRoute) =>
  route.purposes.includes("highly-skilled-work") && !route.purposes.includes("skilled-work");

export const rules: readonly Rule[] = [
  // Opt-outs: a directive that does not bind the country (Denmark and Ireland, per the profile's `directives` flags).
  {
    id: "opt-out",
    condition: "the country does not take part in the directive behind the route",
    purposes: "all",
    routes: "any",
    when: ({ route }) => route.status === "opt-out",
    effect: "excludes",
    reason: "optOut",
    basis: optOutProtocol,
  },
  {
    id: "directive-applies",
    condition: "the directive behind the route applies in the country",
    purposes: "all",
    routes: Object.keys(routeDirectives),
    when: ({ route }) => route.status === "eu" || route.status === "partly",
    effect: "fits",
    reason: "directiveApplies",
    basis: ({ route }) => routeDirectives[route.id]!.scope,
  },

  // Work: the EU Blue Card.
  {
    id: "blue-card-no-job-offer",
    condition: "jobOffer = no",
    purposes: workPurposes,
    routes: ["eu-blue-card"],
    when: ({ answers }) => answers.jobOffer === "no",
    effect: "excludes",
    reason: "blueCardNeedsJobOffer",
    basis: acts.blueCard("Art. 5(1)(a)"),
  },
  {
    id: "blue-card-job-offer",
    condition: "jobOffer = yes",
    purposes: workPurposes,
    routes: ["eu-blue-card"],
    when: ({ answers }) => answers.jobOffer === "yes",
    effect: "fits",
    reason: "blueCardJobOffer",
    basis: acts.blueCard("Art. 5(1)(a)"),
  },
  {
    id: "blue-card-qualification",
    condition: "qualification ≠ higher",
    purposes: workPurposes,
    routes: ["eu-blue-card"],
    when: ({ answers }) => answers.qualification !== undefined && answers.qualification !== "higher",
    effect: "excludes",
    reason: "blueCardNeedsHigherQualification",
    basis: acts.blueCard("Art. 5(1)(b)"),
  },
  {
    id: "blue-card-higher-qualification",
    condition: "qualification = higher",
    purposes: workPurposes,
    routes: ["eu-blue-card"],
    when: ({ answers }) => answers.qualification === "higher",
    effect: "fits",
    reason: "blueCardHigherQualification",
    basis: acts.blueCard("Art. 5(1)(b)"),
  },
  {
    id: "blue-card-salary-below",
    condition: "salary = below the country's threshold",
    purposes: workPurposes,
    routes: ["eu-blue-card"],
    when: ({ answers }) => answers.salary === "below",
    effect: "excludes",
    reason: "blueCardSalaryBelow",
    basis: acts.blueCard("Art. 5(3) to (5)"),
  },
  {
    id: "blue-card-salary-above",
    condition: "salary = above the country's threshold",
    purposes: workPurposes,
    routes: ["eu-blue-card"],
    when: ({ answers }) => answers.salary === "above",
    effect: "fits",
    reason: "blueCardSalaryAbove",
    basis: acts.blueCard("Art. 5(3)"),
  },
  {
    id: "blue-card-salary-unsure",
    condition: "salary = unsure",
    purposes: workPurposes,
    routes: ["eu-blue-card"],
    when: ({ answers }) => answers.salary === "unsure",
    effect: "caveat",
    reason: "blueCardSalaryCheck",
    basis: acts.blueCard("Art. 5(3)"),
  },
  {
    id: "blue-card-regulated",
    condition: "regulated = yes",
    purposes: workPurposes,
    routes: ["eu-blue-card"],
    when: ({ answers }) => answers.regulated === "yes",
    effect: "caveat",
    reason: "blueCardRegulated",
    basis: acts.blueCard("Art. 5(1)(c)"),
  },

  // Work: every route that needs a job offer or a qualification under the country's own rules.
  {
    id: "needs-job-offer",
    condition: "jobOffer = no and the country's facts say the route needs a job offer",
    purposes: workPurposes,
    routes: "any",
    when: ({ answers, route }) => answers.jobOffer === "no" && route.id !== "eu-blue-card" && requires(route).jobOffer === true,
    effect: "excludes",
    reason: "needsJobOffer",
    basis: "national",
  },
  {
    id: "single-permit-job-offer",
    condition: "jobOffer = yes (single permit)",
    purposes: workPurposes,
    routes: ["single-permit"],
    when: ({ answers }) => answers.jobOffer === "yes",
    effect: "fits",
    reason: "singlePermitJobOffer",
    basis: acts.singlePermit("Art. 1"),
  },
  {
    id: "scheme-job-offer",
    condition: "jobOffer = yes and the scheme needs one",
    purposes: workPurposes,
    routes: "schemes",
    when: ({ answers, route }) => answers.jobOffer === "yes" && requires(route).jobOffer === true,
    effect: "fits",
    reason: "schemeJobOffer",
    basis: "national",
  },
  {
    id: "needs-degree",
    condition: "qualification ≠ higher and the country's facts say the route needs a degree",
    purposes: workPurposes,
    routes: "any",
    when: ({ answers, route }) =>
      route.id !== "eu-blue-card" &&
      answers.qualification !== undefined &&
      answers.qualification !== "higher" &&
      requires(route).qualification === "degree",
    effect: "excludes",
    reason: "needsDegree",
    basis: "national",
  },
  {
    id: "needs-qualification",
    condition: "qualification = none and the country's facts say the route needs a degree or vocational qualification",
    purposes: workPurposes,
    routes: "any",
    when: ({ answers, route }) =>
      answers.qualification === "none" && ["vocational", "degree-or-vocational"].includes(requires(route).qualification ?? ""),
    effect: "excludes",
    reason: "needsQualification",
    basis: "national",
  },
  {
    id: "highly-skilled-scheme",
    condition: "qualification ≠ higher and the scheme is for highly skilled work only",
    purposes: workPurposes,
    routes: "schemes",
    when: ({ answers, route }) =>
      answers.qualification !== undefined &&
      answers.qualification !== "higher" &&
      onlyHighlySkilled(route) &&
      !requires(route).qualification,
    effect: "excludes",
    reason: "highlySkilledScheme",
    basis: "national",
  },
  {
    id: "regulated-recognition",
    condition: "regulated = yes (any work route other than the Blue Card)",
    purposes: workPurposes,
    routes: "any",
    when: ({ answers, route }) => answers.regulated === "yes" && route.id !== "eu-blue-card",
    effect: "caveat",
    reason: "regulatedRecognition",
    basis: "national",
  },
  {
    id: "regulated-unsure",
    condition: "regulated = unsure",
    purposes: workPurposes,
    routes: "any",
    when: ({ answers }) => answers.regulated === "unsure",
    effect: "caveat",
    reason: "regulatedUnsure",
    basis: (context) => (context.route.id === "eu-blue-card" ? acts.blueCard("Art. 5(1)(c)") : nationalBasis(context.route)),
  },
  {
    id: "no-job-offer-search",
    condition: "jobOffer = no: the ways to come and look for work",
    purposes: workPurposes,
    routes: "any",
    when: ({ answers, route }) => answers.jobOffer === "no" && (route.id === "job-seeker" || route.purposes.includes("job-search")),
    effect: "fits",
    reason: "noJobOfferSearch",
    basis: "national",
  },

  // Study, research, training.
  {
    id: "student-admission",
    condition: "admission = yes (study)",
    purposes: ["study"],
    routes: "any",
    when: ({ answers }) => answers.admission === "yes",
    effect: "fits",
    reason: "studentAdmission",
    basis: ({ route }) => (route.scheme ? nationalBasis(route) : acts.studentsResearchers("Art. 11(1)(a)")),
  },
  {
    id: "student-no-admission",
    condition: "admission = no (study)",
    purposes: ["study"],
    routes: "any",
    when: ({ answers }) => answers.admission === "no",
    effect: "excludes",
    reason: "studentNeedsAdmission",
    basis: ({ route }) => (route.scheme ? nationalBasis(route) : acts.studentsResearchers("Art. 11(1)(a)")),
  },
  {
    id: "researcher-hosting-agreement",
    condition: "admission = yes (research: hosting agreement)",
    purposes: ["research"],
    routes: "any",
    when: ({ answers }) => answers.admission === "yes",
    effect: "fits",
    reason: "researcherHosting",
    basis: ({ route }) => (route.scheme ? nationalBasis(route) : acts.studentsResearchers("Art. 8 and 10")),
  },
  {
    id: "researcher-no-hosting-agreement",
    condition: "admission = no (research)",
    purposes: ["research"],
    routes: "any",
    when: ({ answers }) => answers.admission === "no",
    effect: "excludes",
    reason: "researcherNeedsHosting",
    basis: ({ route }) => (route.scheme ? nationalBasis(route) : acts.studentsResearchers("Art. 8 and 10")),
  },
  {
    id: "training-optional-groups",
    condition: "trainees always; volunteers outside the European Solidarity Corps, au pairs and pupils where the country chose to",
    purposes: ["training"],
    routes: ["trainee-volunteer-au-pair"],
    when: ({ route }) => route.status === "partly",
    effect: "caveat",
    reason: "trainingOptionalGroups",
    basis: acts.studentsResearchers("Art. 2(1)"),
  },

  // Seasonal work and intra-corporate transfers.
  {
    id: "seasonal-contract",
    condition: "seasonal work needs a work contract or binding job offer",
    purposes: ["seasonal"],
    routes: ["seasonal-worker"],
    when: ({ route }) => route.status === "eu",
    effect: "caveat",
    reason: "seasonalContract",
    basis: acts.seasonalWorkers("Art. 5(1)(a)"),
  },
  {
    id: "ict-prior-employment",
    condition: "a transfer needs prior employment in the same group",
    purposes: ["transfer"],
    routes: ["intra-corporate-transferee"],
    when: ({ route }) => route.status === "eu",
    effect: "caveat",
    reason: "ictPriorEmployment",
    basis: acts.intraCorporateTransfer("Art. 5(1)(b)"),
  },

  // Family: whose family member you are decides the route.
  {
    id: "family-eu-citizen",
    condition: "sponsor = eu-citizen",
    purposes: ["family"],
    routes: ["family-of-eu-citizens"],
    when: ({ answers }) => answers.sponsor === "eu-citizen",
    effect: "fits",
    reason: "familyOfEuCitizen",
    basis: acts.freeMovement("Art. 2(2) and 3(1)"),
  },
  {
    id: "family-eu-citizen-not-national",
    condition: "sponsor = national (free movement covers citizens living in another member state)",
    purposes: ["family"],
    routes: ["family-of-eu-citizens"],
    when: ({ answers }) => answers.sponsor === "national",
    effect: "excludes",
    reason: "freeMovementNotOwnCountry",
    basis: acts.freeMovement("Art. 3(1)"),
  },
  {
    id: "family-eu-citizen-third-country",
    condition: "sponsor is not an EU citizen",
    purposes: ["family"],
    routes: ["family-of-eu-citizens"],
    when: ({ answers }) => thirdCountrySponsor(answers),
    effect: "excludes",
    reason: "freeMovementNeedsEuCitizen",
    basis: acts.freeMovement("Art. 3(1)"),
  },
  {
    id: "family-nationals",
    condition: "sponsor = national",
    purposes: ["family"],
    routes: ["family-of-nationals"],
    when: ({ answers }) => answers.sponsor === "national",
    effect: "fits",
    reason: "familyOfNational",
    basis: "national",
  },
  {
    id: "family-nationals-other-sponsor",
    condition: "sponsor ≠ national",
    purposes: ["family"],
    routes: ["family-of-nationals"],
    when: ({ answers }) => answers.sponsor !== undefined && answers.sponsor !== "national",
    effect: "excludes",
    reason: "familyOfNationalOnly",
    basis: "national",
  },
  {
    id: "family-reunification-eu-citizen",
    condition: "sponsor = eu-citizen (family reunification does not cover family of EU citizens)",
    purposes: ["family"],
    routes: ["family-reunification"],
    when: ({ answers }) => answers.sponsor === "eu-citizen",
    effect: "excludes",
    reason: "reunificationNotForEuCitizens",
    basis: acts.familyReunification("Art. 3(3)"),
  },
  {
    id: "family-reunification-national",
    condition: "sponsor = national (family reunification is for sponsors from outside the EU)",
    purposes: ["family"],
    routes: ["family-reunification"],
    when: ({ answers }) => answers.sponsor === "national",
    effect: "excludes",
    reason: "reunificationNeedsThirdCountrySponsor",
    basis: acts.familyReunification("Art. 1 and 3(1)"),
  },
  {
    id: "family-reunification-sponsor",
    condition: "sponsor = blue-card, researcher, ict or permit",
    purposes: ["family"],
    routes: ["family-reunification"],
    when: ({ answers }) => thirdCountrySponsor(answers),
    effect: "fits",
    reason: "reunificationSponsor",
    basis: ({ answers }) => sponsorBasis[answers.sponsor!]!,
  },
  {
    id: "family-scheme",
    condition: "sponsor from outside the EU: the country's own family scheme",
    purposes: ["family"],
    routes: "schemes",
    when: ({ answers }) => thirdCountrySponsor(answers),
    effect: "fits",
    reason: "nationalScheme",
    basis: "national",
  },

  // Long-term residence: five years.
  {
    id: "long-term-five-years",
    condition: "years ≥ 5",
    purposes: ["long-term"],
    routes: ["long-term-resident"],
    when: ({ answers }) => (answers.years ?? 0) >= 5,
    effect: "fits",
    reason: "fiveYears",
    basis: acts.longTermResidents("Art. 4(1)"),
  },
  {
    id: "long-term-under-five-years",
    condition: "years < 5",
    purposes: ["long-term"],
    routes: ["long-term-resident"],
    when: ({ answers }) => (answers.years ?? 0) < 5,
    effect: "excludes",
    reason: "underFiveYears",
    basis: acts.longTermResidents("Art. 4(1)"),
  },
  {
    id: "long-term-national",
    condition: "a national permanent residence scheme: its own years and conditions",
    purposes: ["long-term"],
    routes: "schemes",
    when: () => true,
    effect: "caveat",
    reason: "nationalYears",
    basis: "national",
  },

  // Short stays.
  {
    id: "short-stay-schengen",
    condition: "the country applies the Schengen rules in full: 90 days in any 180",
    purposes: ["short-stay"],
    routes: ["short-stay-visa"],
    when: ({ country }) => country.facts.schengen === "full",
    effect: "fits",
    reason: "schengenShortStay",
    basis: acts.bordersCode("Art. 6(1)"),
  },
  {
    id: "short-stay-national",
    condition: "the country is not (fully) in Schengen: a national short-stay visa",
    purposes: ["short-stay"],
    routes: ["short-stay-visa"],
    when: ({ country }) => country.facts.schengen !== "full",
    effect: "fits",
    reason: "nationalShortStay",
    basis: "national",
  },
  {
    id: "short-stay-nationality",
    condition: "whether you need a visa at all depends on your nationality",
    purposes: ["short-stay"],
    routes: ["short-stay-visa"],
    when: () => true,
    effect: "caveat",
    reason: "visaByNationality",
    basis: acts.visaList("Art. 3 and 4"),
  },

  // National routes with no EU rule: the country's law decides.
  {
    id: "national-route",
    condition: "a route of national law only (self-employment, looking for work)",
    purposes: "all",
    routes: ["self-employed", "job-seeker"],
    when: ({ route }) => route.status === "national",
    effect: "fits",
    reason: "nationalRoute",
    basis: "national",
  },
  {
    id: "national-scheme",
    condition: "a national scheme of the country for this purpose",
    purposes: ["work", "study", "research", "training", "seasonal", "business", "job-search", "transfer", "long-term"],
    routes: "schemes",
    when: () => true,
    effect: "fits",
    reason: "nationalScheme",
    basis: "national",
  },
];

export function nationalBasis(route: CountryRoute): LegalRef {
  // Fixed routes list their EU act first: the country's own law or page comes after it.
  const national = route.scheme ? route.legalBasis[0] : (route.legalBasis[1] ?? route.legalBasis[0]);
  const source = route.facts.sources[0]!;
  return national ? { title: national.title, url: national.url } : { title: source.title, url: source.url };
}
