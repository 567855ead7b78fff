// The fixed routes every country page offers: the EU pathways, the family of EU citizens and of nationals, and the
// short-stay visa. Each country adds its national schemes in content/countries/<country>/routes.yaml.
import { directiveSources } from "@/lib/content/directives";
import type { CountryFacts, DirectiveKey } from "@/lib/content/schema";

/** What a reader wants to do: the route finder matches a purpose to routes, and an opt-out page lists alternatives by it. */
export const purposes = [
  "highly-skilled-work",
  "skilled-work",
  "seasonal-work",
  "company-transfer",
  "remote-work",
  "self-employment",
  "job-search",
  "study",
  "research",
  "training-volunteering",
  "family",
  "long-term-residence",
  "short-visit",
] as const;
export type Purpose = (typeof purposes)[number];

/**
 * `eu`: the directive applies; `partly`: only its mandatory parts are sure to apply (optional groups vary);
 * `national`: no EU rule covers it, national law decides; `opt-out`: the country does not take part in the directive;
 * `scheme`: a national scheme of the country's own.
 */
export const routeStatuses = ["eu", "partly", "national", "opt-out", "scheme"] as const;
export type RouteStatus = (typeof routeStatuses)[number];

export interface LegalBasis {
  title: string;
  url: string;
}

export interface FixedRoute {
  id: string;
  purposes: readonly Purpose[];
  /** The EU act the route rests on; none for the purely national routes. */
  legalBasis?: LegalBasis;
  /** The EU-wide guidance page for the route, when there is one (`/pathways/<slug>`). */
  pathway?: string;
  status: (country: Pick<CountryFacts, "directives" | "schengen">) => RouteStatus;
}

const directive = (key: DirectiveKey, title: string) => ({
  legalBasis: { title, url: directiveSources[key] },
  status: ({ directives }: Pick<CountryFacts, "directives">): RouteStatus => (directives[key] ? "eu" : "opt-out"),
});

export const fixedRoutes: readonly FixedRoute[] = [
  {
    id: "eu-blue-card",
    purposes: ["highly-skilled-work"],
    pathway: "eu-blue-card",
    ...directive("blueCard", "Directive (EU) 2021/1883 (EU Blue Card)"),
  },
  {
    id: "single-permit",
    purposes: ["skilled-work"],
    pathway: "single-permit",
    ...directive("singlePermit", "Directive (EU) 2024/1233 (single permit)"),
  },
  {
    id: "researcher",
    purposes: ["research"],
    pathway: "researcher",
    ...directive("studentsResearchers", "Directive (EU) 2016/801 (students and researchers)"),
  },
  {
    id: "student",
    purposes: ["study"],
    pathway: "student",
    ...directive("studentsResearchers", "Directive (EU) 2016/801 (students and researchers)"),
  },
  {
    id: "trainee-volunteer-au-pair",
    purposes: ["training-volunteering"],
    pathway: "trainee-volunteer-au-pair",
    legalBasis: { title: "Directive (EU) 2016/801 (trainees, volunteers, au pairs)", url: directiveSources.studentsResearchers },
    // Trainees are covered everywhere the directive applies; volunteers outside the European Solidarity Corps and au
    // pairs only where the country chose to (Article 2(1), second sentence), so the route is at best partly an EU one.
    status: ({ directives }) => (directives.studentsResearchers ? "partly" : "opt-out"),
  },
  {
    id: "seasonal-worker",
    purposes: ["seasonal-work"],
    pathway: "seasonal-worker",
    ...directive("seasonalWorkers", "Directive 2014/36/EU (seasonal workers)"),
  },
  {
    id: "intra-corporate-transferee",
    purposes: ["company-transfer"],
    pathway: "intra-corporate-transferee",
    ...directive("intraCorporateTransfer", "Directive 2014/66/EU (intra-corporate transferees)"),
  },
  {
    id: "family-reunification",
    purposes: ["family"],
    pathway: "family-reunification",
    ...directive("familyReunification", "Directive 2003/86/EC (family reunification)"),
  },
  {
    id: "long-term-resident",
    purposes: ["long-term-residence"],
    pathway: "long-term-resident",
    ...directive("longTermResidents", "Directive 2003/109/EC (long-term residents)"),
  },
  { id: "self-employed", purposes: ["self-employment"], pathway: "self-employed", status: () => "national" },
  { id: "job-seeker", purposes: ["job-search"], pathway: "job-seeker", status: () => "national" },
  {
    id: "family-of-eu-citizens",
    purposes: ["family"],
    legalBasis: {
      title: "Directive 2004/38/EC (free movement of EU citizens and their families)",
      url: "https://eur-lex.europa.eu/eli/dir/2004/38/oj",
    },
    // Free movement binds every member state, Denmark and Ireland included.
    status: () => "eu",
  },
  { id: "family-of-nationals", purposes: ["family"], status: () => "national" },
  {
    id: "short-stay-visa",
    purposes: ["short-visit"],
    legalBasis: { title: "Regulation (EC) No 810/2009 (Visa Code)", url: "https://eur-lex.europa.eu/eli/reg/2009/810/oj" },
    // Ireland stays outside Schengen and Cyprus does not yet issue Schengen visas: both have national short-stay visas.
    status: ({ schengen }) => (schengen === "full" ? "eu" : "national"),
  },
];

export const fixedRouteIds = fixedRoutes.map((route) => route.id);
const byId = new Map(fixedRoutes.map((route) => [route.id, route]));

export function fixedRoute(id: string): FixedRoute | undefined {
  return byId.get(id);
}
