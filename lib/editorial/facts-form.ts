// The facts of a country profile as flat form fields ("authority.url", "sources.0.title") and back. The form is plain HTML,
// so it works without JavaScript; validation is countryFactsSchema's, with each error shown next to its field. The
// routes' fields are route-form.ts's; the editor shows either the profile's own fields or one route's (`scope`), and
// what the form does not show is kept from the revision the editor started from.
import type { z } from "zod";
import type messages from "@/messages/en.json";
import type { CountryRoutes } from "@/lib/content/route-schema";
import { countryFactsSchema, directiveKeys, type CountryFacts, type DirectiveKey } from "@/lib/content/schema";
import { formRow, routeLists, routesToForm, valuesToRoutes } from "./route-form";

export type FormValues = Record<string, string>;

const links = ["authority", "portal", "enicNaric", "visaApplication"] as const;
const lists = {
  nationalSchemes: ["name", "url", "summary"],
  languageRequirements: ["summary", "url"],
  sources: ["title", "url", "publisher"],
  /** English profiles only; `against` holds one address per line. */
  reviewLog: ["date", "checked", "against"],
} as const;
type ListName = keyof typeof lists;

/** One blank row after the existing ones in each list, so an editor can add an entry without JavaScript. */
export function rowCount(values: FormValues, list: ListName): number {
  let rows = 0;
  while (lists[list].some((field) => `${list}.${rows}.${field}` in values)) rows += 1;
  return rows + 1;
}

/** `reference`: the English profile's route facts, which a translation's route texts follow. */
export function factsToForm(facts: CountryFacts, reference: CountryRoutes | undefined = facts.routes): FormValues {
  const values: FormValues = {
    name: facts.name,
    isoCode: facts.isoCode,
    officialLanguages: facts.officialLanguages.join(", "),
    schengen: facts.schengen,
    offers: facts.offers.join(", "),
    lastReviewed: facts.lastReviewed,
    reviewDue: facts.reviewDue,
  };
  for (const key of links) {
    const link = facts[key];
    if (link) Object.assign(values, { [`${key}.name`]: link.name, [`${key}.url`]: link.url });
  }
  for (const key of directiveKeys) if (facts.directives[key]) values[`directives.${key}`] = "on";
  for (const list of Object.keys(lists) as ListName[]) {
    (facts[list] ?? []).forEach((row: Record<string, string | string[] | undefined>, index) => {
      for (const field of lists[list]) {
        const value = row[field];
        values[`${list}.${index}.${field}`] = Array.isArray(value) ? value.join("\n") : (value ?? "");
      }
    });
  }
  if (facts.translation?.reviewed) values["translation.reviewed"] = "on";
  return { ...values, ...routesToForm(facts.routes, facts.routeTexts, reference) };
}

/** Reads the submitted fields (only the known ones, trimmed); blank optional links and blank list rows are left out. */
export function formToValues(fields: Record<string, unknown>): FormValues {
  const values: FormValues = {};
  for (const [key, value] of Object.entries(fields)) {
    if (
      typeof value !== "string" ||
      !/^(scope|name|isoCode|officialLanguages|schengen|offers|lastReviewed|reviewDue|translation\.reviewed|routeTranslation\.reviewed|(authority|portal|enicNaric|visaApplication)\.(name|url)|directives\.\w+|(nationalSchemes|languageRequirements|sources|reviewLog)\.\d{1,2}\.\w+|routes\.(lastReviewed|reviewDue)|(routes|texts)\.[a-z0-9-]{1,80}\.[\w.-]{1,120})$/.test(
        key,
      )
    )
      continue;
    values[key] = value.trim().slice(0, 2000);
  }
  return values;
}

/** The route the form shows ("" for the profile's own fields, undefined for a form with every field). */
export function formScope(values: FormValues): string | undefined {
  return values.scope === "profile" ? "" : values.scope || undefined;
}

/** `base`: the facts of the revision the editor started from, for what the form does not show. */
export function valuesToFacts(values: FormValues, country: string, translation: boolean, base?: unknown): unknown {
  const scope = formScope(values);
  const baseFacts = base && typeof base === "object" ? (base as Record<string, unknown>) : undefined;
  const routes = valuesToRoutes(values, translation, baseFacts, scope || undefined);
  if (scope) {
    const { routes: _routes, routeTexts: _texts, ...profile } = baseFacts ?? {};
    return { ...profile, country, ...routes };
  }
  if (scope === "")
    return { ...profileFromValues(values, country, translation), routes: baseFacts?.routes, routeTexts: baseFacts?.routeTexts };
  return { ...profileFromValues(values, country, translation), ...routes };
}

function profileFromValues(values: FormValues, country: string, translation: boolean) {
  const split = (text = "") => text.split(/[,\s]+/).filter(Boolean);
  const link = (key: string) =>
    values[`${key}.name`] || values[`${key}.url`] ? { name: values[`${key}.name`] ?? "", url: values[`${key}.url`] ?? "" } : undefined;
  const list = (name: ListName) => {
    const rows: Record<string, string>[] = [];
    for (let index = 0; index < 100; index += 1) {
      const fields = lists[name].map((field) => [field, values[`${name}.${index}.${field}`] ?? ""] as const);
      if (!fields.some(([field]) => `${name}.${index}.${field}` in values)) break;
      if (fields.every(([, value]) => !value)) continue;
      rows.push(Object.fromEntries(fields.filter(([field, value]) => value || field !== "publisher")));
    }
    return rows;
  };
  return {
    country,
    name: values.name ?? "",
    isoCode: values.isoCode ?? "",
    officialLanguages: split(values.officialLanguages),
    schengen: values.schengen ?? "",
    authority: link("authority") ?? { name: "", url: "" },
    ...(link("portal") ? { portal: link("portal") } : {}),
    enicNaric: link("enicNaric") ?? { name: "", url: "" },
    visaApplication: link("visaApplication") ?? { name: "", url: "" },
    directives: Object.fromEntries(directiveKeys.map((key) => [key, values[`directives.${key}`] === "on"])),
    nationalSchemes: list("nationalSchemes"),
    languageRequirements: list("languageRequirements"),
    offers: split(values.offers),
    lastReviewed: values.lastReviewed ?? "",
    reviewDue: values.reviewDue ?? "",
    sources: list("sources"),
    ...reviewLogFromValues(list("reviewLog")),
    ...(translation ? { translation: { reviewed: values["translation.reviewed"] === "on" } } : {}),
  };
}

/** The review log's rows, each with its addresses split one per line; left out when there is none. */
function reviewLogFromValues(rows: Record<string, string>[]) {
  if (!rows.length) return {};
  return { reviewLog: rows.map((row) => ({ ...row, against: (row.against ?? "").split(/\s+/).filter(Boolean) })) };
}

/** The form field of a route's facts or texts, from the path inside them (["figures", 2, "checked"]). */
function routeField(values: FormValues, part: "routes" | "texts", route: string, rest: string[]): string {
  const [head, item, ...tail] = rest;
  if (!head) return part === "routes" ? `routes.${route}` : `texts.${route}.summary`;
  if (part === "routes") {
    if (head === "purposes") return `routes.${route}.purposes`;
    if (head in routeLists && item !== undefined && /^\d+$/.test(item)) {
      const list = head as keyof typeof routeLists;
      const row = formRow(values, `routes.${route}.${list}`, routeLists[list], Number(item));
      return `routes.${route}.${list}.${row}.${tail[0] ?? routeLists[list][0]}`;
    }
    if (head === "requirements" && item === "language") return `routes.${route}.requirements.language.${tail[0] ?? "level"}`;
    return `routes.${route}.${rest.join(".")}`;
  }
  if (head === "conditions" && item !== undefined)
    return `texts.${route}.conditions.${formRow(values, `texts.${route}.conditions`, ["text"], Number(item))}.text`;
  if ((head === "figures" || head === "steps") && item !== undefined) {
    // Texts are keyed by figure or step id; the form holds them in the row of that id.
    const field = head === "figures" ? "label" : "text";
    for (let row = 0; `texts.${route}.${head}.${row}.${field}` in values; row += 1) {
      const id = values[`texts.${route}.${head}.${row}.id`] ?? values[`routes.${route}.${head}.${row}.id`];
      if (id === item) return `texts.${route}.${head}.${row}.${field}`;
    }
    return `texts.${route}.${head}`;
  }
  return `texts.${route}.${rest.join(".")}`;
}

/** The form field a path in the facts belongs to ("sources.0.url"; a list-level issue under the list's name). */
export function fieldOfPath(path: readonly PropertyKey[], values: FormValues = {}): string {
  const parts = path.map(String);
  const [head, second, route, ...rest] = parts;
  if (head === "officialLanguages" || head === "offers") return head;
  if (head === "routes" && second === "routes" && route) return routeField(values, "routes", route, rest);
  if (head === "routeTexts" && second === "routes" && route) return routeField(values, "texts", route, rest);
  if (head === "routeTexts" && second === "translation") return "routeTranslation.reviewed";
  // A review's addresses share one field, one per line.
  if (head === "reviewLog" && route === "against") return parts.slice(0, 3).join(".");
  return parts.join(".") || "form";
}

/** Each zod issue under the form field it belongs to; `values` (what was submitted) places list rows and keyed texts. */
export function issuesByField(
  error: z.ZodError | { issues: z.core.$ZodIssue[] },
  values: FormValues = {},
): Record<string, z.core.$ZodIssue> {
  const issues: Record<string, z.core.$ZodIssue> = {};
  for (const issue of error.issues) issues[fieldOfPath(issue.path, values)] ??= issue;
  return issues;
}

export function parseFacts(values: FormValues, country: string, translation: boolean, base?: unknown) {
  return countryFactsSchema.safeParse(valuesToFacts(values, country, translation, base));
}

export interface FieldSpec {
  name: string;
  label: string;
  type: "text" | "url" | "date" | "number" | "select" | "checkbox" | "textarea" | "hidden";
  options?: { value: string; label: string }[];
  /** A line under the label (a translator sees the English text here), in `hintLang` when given. */
  hint?: string;
  hintLang?: string;
}
export interface FieldGroup {
  legend: string;
  fields: FieldSpec[];
}

/** The labels the form needs: field labels from admin.field, legends shared with the public page from countries. */
type AdminField = (typeof messages)["admin"]["field"];
export type FieldLabelKey = Exclude<keyof AdminField, "error" | "entry">;
/** Every message key under a namespace, nested ones as "a.b". */
export type MessageLeaves<T, Prefix extends string = ""> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : MessageLeaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];
export type CountryLabelKey =
  | "schengen"
  | "authority"
  | "portal"
  | "enicNaric"
  | "visaApplication"
  | "directives"
  | "nationalSchemes"
  | "languageRequirements"
  | `schengenStatus.${CountryFacts["schengen"]}`
  | `directive.${DirectiveKey}`;
export interface FieldLabels {
  field: (key: FieldLabelKey) => string;
  entry: (number: number) => string;
  country: (key: CountryLabelKey) => string;
}

/** The form's fields, grouped as on the public page; list groups get one set of fields per row. */
export function factFieldGroups(values: FormValues, translation: boolean, label: FieldLabels): FieldGroup[] {
  const linkGroup = (key: (typeof links)[number]): FieldGroup => ({
    legend: label.country(key),
    fields: [
      { name: `${key}.name`, label: label.field("name"), type: "text" },
      { name: `${key}.url`, label: label.field("url"), type: "url" },
    ],
  });
  const listGroup = (list: ListName, legend: string, kinds: Record<string, FieldSpec["type"]>): FieldGroup => ({
    legend,
    fields: Array.from({ length: rowCount(values, list) }, (_, row) =>
      lists[list].map((field) => ({
        name: `${list}.${row}.${field}`,
        label: `${label.field(field)} (${label.entry(row + 1)})`,
        type: kinds[field] ?? "text",
      })),
    ).flat(),
  });
  return [
    {
      legend: label.field("general"),
      fields: [
        { name: "name", label: label.field("countryName"), type: "text" },
        { name: "isoCode", label: label.field("isoCode"), type: "text" },
        { name: "officialLanguages", label: label.field("officialLanguages"), type: "text" },
        {
          name: "schengen",
          label: label.country("schengen"),
          type: "select",
          options: (["full", "partial", "none"] as const).map((value) => ({ value, label: label.country(`schengenStatus.${value}`) })),
        },
        { name: "offers", label: label.field("offers"), type: "text" },
      ],
    },
    ...links.map(linkGroup),
    {
      legend: label.country("directives"),
      fields: directiveKeys.map((key) => ({
        name: `directives.${key}`,
        label: label.country(`directive.${key}`),
        type: "checkbox" as const,
      })),
    },
    listGroup("nationalSchemes", label.country("nationalSchemes"), { url: "url", summary: "textarea" }),
    listGroup("languageRequirements", label.country("languageRequirements"), { url: "url", summary: "textarea" }),
    listGroup("sources", label.field("sources"), { url: "url" }),
    {
      legend: label.field("review"),
      fields: [
        { name: "lastReviewed", label: label.field("lastReviewed"), type: "date" },
        { name: "reviewDue", label: label.field("reviewDue"), type: "date" },
        ...(translation ? [{ name: "translation.reviewed", label: label.field("translationReviewed"), type: "checkbox" as const }] : []),
      ],
    },
    // What was checked against which sources: recorded in the reference (English) profile only.
    ...(translation ? [] : [listGroup("reviewLog", label.field("reviewLog"), { date: "date", checked: "textarea", against: "textarea" })]),
  ];
}

/** The values a form shows: the profile's own fields (scope ""), or one route's facts and texts with the routes' review dates. */
export function scopedValues(values: FormValues, scope: string): FormValues {
  const routeField = (key: string) => /^(routes|texts|routeTranslation)\./.test(key);
  const shown = (key: string) =>
    scope
      ? key.startsWith(`routes.${scope}.`) ||
        key.startsWith(`texts.${scope}.`) ||
        /^(routes\.(lastReviewed|reviewDue)|routeTranslation\.reviewed)$/.test(key)
      : !routeField(key);
  return Object.fromEntries(Object.entries(values).filter(([key]) => shown(key)));
}
