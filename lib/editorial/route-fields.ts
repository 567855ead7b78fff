// The route editor's fields, grouped as on the public route page: for the English profile every fact of the route and
// its English texts (a figure's label and a step's text in the figure's and the step's own group); for a translation
// the texts only, each with the English text beside it. Each list ends with a blank row for a new entry.
import type messages from "@/messages/en.json";
import type { RouteText } from "@/lib/content/route-schema";
import type { RouteStatus } from "@/lib/routes/registry";
import type { FieldGroup, FieldSpec, MessageLeaves } from "./facts-form";
import { booleanRequirements, routeChoices, routeLists, rowCount, type RouteList } from "./route-form";

type FormValues = Record<string, string>;
export type RouteLabelKey = MessageLeaves<(typeof messages)["admin"]["route"]>;
type PublicRoutes = (typeof messages)["routes"];
export type PublicRouteLabelKey =
  | `status.${keyof PublicRoutes["status"]}`
  | `channel.${keyof PublicRoutes["channel"]}`
  | `requirement.${keyof PublicRoutes["requirement"]}`
  | `qualificationValue.${keyof PublicRoutes["qualificationValue"]}`;

export interface RouteLabels {
  /** admin.route */
  route: (key: RouteLabelKey, values?: Record<string, string | number>) => string;
  /** The public route page's own words (routes namespace), in the back office's language. */
  public: (key: PublicRouteLabelKey) => string;
  field: (key: "name" | "url" | "title" | "publisher" | "lastReviewed" | "reviewDue") => string;
  entry: (number: number) => string;
}

export interface RouteEditorContext {
  route: string;
  /** The English profile: every fact; otherwise the texts only. */
  english: boolean;
  scheme: boolean;
  /** What the directives make of a fixed route, shown on the "derived" status option. */
  derivedStatus?: RouteStatus;
  /** The profile's language, by name. */
  language: string;
  /** Translations: the English facts' figure and step ids, and the English texts beside them. */
  reference?: { figures: string[]; steps: string[]; text?: RouteText };
}

export function routeFieldGroups(values: FormValues, context: RouteEditorContext, label: RouteLabels): FieldGroup[] {
  const { route, english, language } = context;
  const at = (field: string) => `routes.${route}.${field}`;
  const textAt = (field: string) => `texts.${route}.${field}`;
  const options = <T extends string>(choices: readonly T[], name: (value: T) => string, blank?: string) => [
    ...(blank === undefined ? [] : [{ value: "", label: blank }]),
    ...choices.map((value) => ({ value, label: name(value) })),
  ];
  const yesNo = options(["yes", "no"] as const, (value) => label.route(value), label.route("unknown"));
  const englishHint = (text: string | undefined) => (text ? { hint: label.route("english", { text }), hintLang: "en" } : {});
  const rows = (prefix: string, fields: readonly string[]) => rowCount(values, prefix, fields) + 1;
  const listGroup = (
    list: Exclude<RouteList, "figures" | "steps">,
    legend: string,
    kinds: Record<string, FieldSpec["type"]> = {},
  ): FieldGroup => ({
    legend,
    fields: Array.from({ length: rows(at(list), routeLists[list]) }, (_, row) =>
      routeLists[list].map((field): FieldSpec => ({
        name: at(`${list}.${row}.${field}`),
        label: `${field === "channel" ? label.route("channel") : label.field(field as "name" | "url" | "title" | "publisher")} (${label.entry(row + 1)})`,
        type: kinds[field] ?? (field === "url" ? "url" : "text"),
        ...(field === "channel" ? { options: options(routeChoices.channels, (value) => label.public(`channel.${value}`), "—") } : {}),
      })),
    ).flat(),
  });

  const conditionRows = english || context.reference ? rows(textAt("conditions"), ["text"]) : 1;
  const texts: FieldGroup = {
    legend: label.route("texts", { language }),
    fields: [
      { name: textAt("name"), label: label.route("name"), type: "text", ...englishHint(context.reference?.text?.name) },
      { name: textAt("summary"), label: label.route("summary"), type: "textarea", ...englishHint(context.reference?.text?.summary) },
      ...Array.from({ length: conditionRows }, (_, row): FieldSpec => ({
        name: textAt(`conditions.${row}.text`),
        label: `${label.route("condition")} (${label.entry(row + 1)})`,
        type: "textarea",
        ...englishHint(context.reference?.text?.conditions[row]),
      })),
      { name: textAt("note"), label: label.route("note"), type: "textarea", ...englishHint(context.reference?.text?.note) },
    ],
  };

  if (!english) {
    const reference = context.reference ?? { figures: [], steps: [] };
    const keyed = (list: "figures" | "steps", field: "label" | "text", legend: string): FieldGroup[] =>
      reference[list].length
        ? [
            {
              legend,
              fields: reference[list].flatMap((id, row): FieldSpec[] => [
                { name: textAt(`${list}.${row}.id`), label: id, type: "hidden" },
                {
                  name: textAt(`${list}.${row}.${field}`),
                  label: `${list === "figures" ? label.route("label", { language }) : label.route("stepText", { language })}: ${id}`,
                  type: list === "steps" ? "textarea" : "text",
                  ...englishHint(context.reference?.text?.[list][id]),
                },
              ]),
            },
          ]
        : [];
    return [
      texts,
      ...keyed("figures", "label", label.route("figureLabels")),
      ...keyed("steps", "text", label.route("steps")),
      {
        legend: label.route("reviewDates"),
        fields: [{ name: "routeTranslation.reviewed", label: label.route("translationReviewed"), type: "checkbox" }],
      },
    ];
  }

  const statusChoices = context.scheme ? (["scheme"] as const) : (["eu", "partly", "national", "opt-out"] as const);
  const general: FieldGroup = {
    legend: label.route("general"),
    fields: [
      {
        name: at("status"),
        label: label.route("status"),
        type: "select",
        options: options(
          statusChoices,
          (value) => label.public(`status.${value}`),
          context.derivedStatus ? label.route("derived", { status: label.public(`status.${context.derivedStatus}`) }) : "",
        ),
      },
      { name: at("nationalName"), label: label.route("nationalName"), type: "text" },
      ...(context.scheme
        ? routeChoices.purposes.map((purpose): FieldSpec => ({
            name: at(`purposes.${purpose}`),
            label: `${label.route("purposes")}: ${label.route(`purposeValue.${purpose}`)}`,
            type: "checkbox",
          }))
        : []),
    ],
  };
  const requirements: FieldGroup = {
    legend: label.route("requirements"),
    fields: [
      ...booleanRequirements.map((key): FieldSpec => ({
        name: at(`requirements.${key}`),
        label: label.public(`requirement.${key}`),
        type: "select",
        options: yesNo,
      })),
      {
        name: at("requirements.qualification"),
        label: label.public("requirement.qualification"),
        type: "select",
        options: options(routeChoices.qualifications, (value) => label.public(`qualificationValue.${value}`), label.route("unknown")),
      },
      {
        name: at("requirements.recognition"),
        label: label.public("requirement.recognition"),
        type: "select",
        options: options(routeChoices.recognitions, (value) => label.route(`recognitionValue.${value}`), label.route("unknown")),
      },
      {
        name: at("requirements.language.level"),
        label: label.route("languageLevel"),
        type: "select",
        options: options(routeChoices.cefrLevels, (value) => value, label.route("unknown")),
      },
      { name: at("requirements.language.language"), label: label.route("languageCode"), type: "text" },
    ],
  };
  const figureRows = rows(at("figures"), routeLists.figures);
  const figures = Array.from({ length: figureRows }, (_, row): FieldGroup => {
    const field = (name: string) => at(`figures.${row}.${name}`);
    return {
      legend: row === figureRows - 1 ? label.route("newFigure") : label.route("figure", { number: row + 1 }),
      fields: [
        { name: field("id"), label: label.route("identifier"), type: "text" },
        { name: textAt(`figures.${row}.label`), label: label.route("label", { language }), type: "text" },
        {
          name: field("kind"),
          label: label.route("kind"),
          type: "select",
          options: options(routeChoices.figureKinds, (value) => label.route(`kindValue.${value}`), "—"),
        },
        { name: field("amount"), label: label.route("amount"), type: "number" },
        { name: field("upTo"), label: label.route("upTo"), type: "number" },
        { name: field("currency"), label: label.route("currency"), type: "text" },
        {
          name: field("per"),
          label: label.route("per"),
          type: "select",
          options: options(routeChoices.figurePers, (value) => label.route(`perValue.${value}`), ""),
        },
        {
          name: field("unit"),
          label: label.route("unit"),
          type: "select",
          options: options(routeChoices.figureUnits, (value) => label.route(`unitValue.${value}`), ""),
        },
        { name: field("appliesFrom"), label: label.route("appliesFrom"), type: "date" },
        { name: field("checked"), label: label.route("checked"), type: "date" },
        { name: field("source"), label: label.route("source"), type: "url" },
      ],
    };
  });
  const stepRows = rows(at("steps"), routeLists.steps);
  const steps: FieldGroup = {
    legend: label.route("steps"),
    fields: Array.from({ length: stepRows }, (_, row): FieldSpec[] => [
      { name: at(`steps.${row}.id`), label: `${label.route("identifier")} (${label.entry(row + 1)})`, type: "text" },
      { name: textAt(`steps.${row}.text`), label: `${label.route("stepText", { language })} (${label.entry(row + 1)})`, type: "textarea" },
    ]).flat(),
  };
  return [
    general,
    texts,
    listGroup("legalBasis", label.route("legalBasis")),
    listGroup("decides", label.route("decides")),
    listGroup("apply", label.route("apply"), { channel: "select" }),
    requirements,
    ...figures,
    steps,
    {
      legend: label.route("familyAndResidence"),
      fields: [
        { name: at("recognitionAuthority.name"), label: `${label.route("recognitionAuthority")}: ${label.field("name")}`, type: "text" },
        { name: at("recognitionAuthority.url"), label: `${label.route("recognitionAuthority")}: ${label.field("url")}`, type: "url" },
        { name: at("family.partnerMayWork"), label: label.route("partnerMayWork"), type: "select", options: yesNo },
        { name: at("family.url"), label: label.route("familyUrl"), type: "url" },
        { name: at("longTermResidence.url"), label: label.route("longTermUrl"), type: "url" },
      ],
    },
    listGroup("sources", label.route("sources")),
    {
      legend: label.route("reviewDates"),
      fields: [
        { name: "routes.lastReviewed", label: label.field("lastReviewed"), type: "date" },
        { name: "routes.reviewDue", label: label.field("reviewDue"), type: "date" },
      ],
    },
  ];
}
