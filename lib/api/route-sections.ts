// A country route page's sections for the content API, with the same ids, headings and order as the page
// (components/routes/RouteArticle.tsx), as plain-text blocks. Route pages are made from facts rather than MDX; their
// figures go out as data (PageDocument.route.figures), with amounts as numbers rather than formatted text.
import type { CountryFacts } from "@/lib/content/schema";
import type { Locale } from "@/lib/i18n/locales";
import type { routesTranslator } from "@/lib/i18n/messages";
import { alternativesTo, appliesIn, type CountryRoute } from "@/lib/routes/country-routes";
import { routeName } from "@/lib/routes/route-name";
import type { BodyBlocks } from "./blocks";
import type { Block, TextRun } from "./schemas";

type Translator = Awaited<ReturnType<typeof routesTranslator>>;

const plain = (text: string): TextRun => ({ text, links: [] });
const linked = (text: string, link: { name: string; url: string }): TextRun => ({ text, links: [{ text: link.name, url: link.url }] });
const paragraph = (run: TextRun): Block => ({ type: "paragraph", ...run });
const list = (items: TextRun[]): Block => ({ type: "list", ordered: false, items });

export interface RouteSectionsInput {
  locale: Locale;
  t: Translator;
  /** The profile in the reader's language. */
  facts: CountryFacts;
  route: CountryRoute;
  routes: CountryRoute[];
  /** Absolute URL of another route page of the same country. */
  routeUrl: (id: string) => string;
}

export function routeSections({ locale, t, facts, route, routes, routeUrl }: RouteSectionsInput): BodyBlocks["sections"] {
  const text = route.text!;
  const routeFacts = route.facts;
  const requirements = routeFacts.requirements;
  const languages = new Intl.DisplayNames([locale], { type: "language" });
  const sections: BodyBlocks["sections"] = [];
  const section = (id: string, heading: string, blocks: Block[]) => sections.push({ id, heading, depth: 2, blocks });

  section("status", t("statusHeading", { country: facts.name }), [
    paragraph(plain(`${t(`status.${route.status}`)}. ${t(`statusExplained.${route.status}`, { country: facts.name })}`)),
    ...(routeFacts.nationalName
      ? [
          paragraph(
            plain(
              `${t("nationalName", { language: facts.officialLanguages.map((code) => languages.of(code) ?? code).join(", ") })}: ${routeFacts.nationalName}`,
            ),
          ),
        ]
      : []),
    ...(route.legalBasis.length
      ? [paragraph(plain(t("legalBasis"))), list(route.legalBasis.map((law) => linked(law.title, { name: law.title, url: law.url })))]
      : []),
  ]);

  if (!appliesIn(route)) {
    const alternatives = alternativesTo(route, routes).filter((alternative) => alternative.text);
    const items = alternatives.map((alternative) => {
      const name = routeName(t, { id: alternative.id, scheme: alternative.scheme, name: alternative.text?.name }, facts.name);
      return linked(`${name}: ${alternative.text!.summary}`, { name, url: routeUrl(alternative.id) });
    });
    section("alternatives", t("alternatives"), [
      ...(text.note ? [paragraph(plain(text.note))] : []),
      items.length ? list(items) : paragraph(plain(t("noAlternatives", { country: facts.name }))),
    ]);
  }

  if (routeFacts.decides.length || routeFacts.apply.length)
    section("apply", t("apply"), [
      ...(routeFacts.decides.length
        ? [paragraph(plain(t("decides"))), list(routeFacts.decides.map((office) => linked(office.name, office)))]
        : []),
      ...(routeFacts.apply.length
        ? [
            paragraph(plain(t("applyAt"))),
            list(routeFacts.apply.map((office) => linked(`${t(`channel.${office.channel}`)}: ${office.name}`, office))),
          ]
        : []),
    ]);

  const yesNo = (value: boolean | undefined) => (value === undefined ? null : value ? t("required") : t("notRequired"));
  const rows = [
    [t("requirement.jobOffer"), yesNo(requirements.jobOffer)],
    [t("requirement.qualification"), requirements.qualification ? t(`qualificationValue.${requirements.qualification}`) : null],
    [
      t("requirement.labourMarketTest"),
      requirements.labourMarketTest === undefined ? null : requirements.labourMarketTest ? t("labourMarketTestYes") : t("notRequired"),
    ],
    [t("requirement.quota"), requirements.quota === undefined ? null : requirements.quota ? t("quotaYes") : t("notRequired")],
    [t("requirement.healthInsurance"), yesNo(requirements.healthInsurance)],
    [t("requirement.sufficientMeans"), yesNo(requirements.sufficientMeans)],
    [
      t("requirement.language"),
      requirements.language
        ? t("languageLevel", {
            level: requirements.language.level,
            language: languages.of(requirements.language.language) ?? requirements.language.language,
          })
        : null,
    ],
  ].filter((row): row is [string, string] => row[1] !== null);
  if (rows.length || text.conditions.length)
    section("conditions", t("conditions"), [
      ...(rows.length ? [list(rows.map(([label, value]) => plain(`${label}: ${value}`)))] : []),
      ...(text.conditions.length ? [list(text.conditions.map(plain))] : []),
    ]);

  if (requirements.recognition) {
    const authority = routeFacts.recognitionAuthority ?? facts.enicNaric;
    section("recognition", t("recognition"), [
      paragraph(plain(t(`recognitionValue.${requirements.recognition}`))),
      paragraph(linked(`${t("recognitionAuthority")}: ${authority.name}`, authority)),
    ]);
  }

  if (routeFacts.family || routeFacts.longTermResidence)
    section("family", t("family"), [
      ...(routeFacts.family?.partnerMayWork !== undefined
        ? [paragraph(plain(routeFacts.family.partnerMayWork ? t("partnerMayWork") : t("partnerMayNotWork")))]
        : []),
      list([
        ...(routeFacts.family ? [linked(t("familyLink"), { name: t("familyLink"), url: routeFacts.family.url })] : []),
        ...(routeFacts.longTermResidence
          ? [linked(t("longTermLink"), { name: t("longTermLink"), url: routeFacts.longTermResidence.url })]
          : []),
      ]),
    ]);

  if (routeFacts.steps.length)
    section("steps", t("steps"), [
      { type: "steps", items: routeFacts.steps.flatMap((step) => (text.steps[step] ? [plain(text.steps[step])] : [])) },
    ]);

  return sections;
}
