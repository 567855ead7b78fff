// The facts of a country profile as flat form fields ("authority.url", "sources.0.title") and back. The form is plain HTML,
// so it works without JavaScript; validation is countryFactsSchema's, with each error shown next to its field.
import type { z } from "zod";
import type messages from "@/messages/en.json";
import { countryFactsSchema, directiveKeys, type CountryFacts, type DirectiveKey } from "@/lib/content/schema";

export type FormValues = Record<string, string>;

const links = ["authority", "portal", "enicNaric", "visaApplication"] as const;
const lists = {
  nationalSchemes: ["name", "url", "summary"],
  languageRequirements: ["summary", "url"],
  sources: ["title", "url", "publisher"],
} as const;
type ListName = keyof typeof lists;

/** One blank row after the existing ones in each list, so an editor can add an entry without JavaScript. */
export function rowCount(values: FormValues, list: ListName): number {
  let rows = 0;
  while (lists[list].some((field) => `${list}.${rows}.${field}` in values)) rows += 1;
  return rows + 1;
}

export function factsToForm(facts: CountryFacts): FormValues {
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
    (facts[list] as Record<string, string | undefined>[]).forEach((row, index) => {
      for (const field of lists[list]) values[`${list}.${index}.${field}`] = row[field] ?? "";
    });
  }
  if (facts.translation?.reviewed) values["translation.reviewed"] = "on";
  return values;
}

/** Reads the submitted fields (only the known ones, trimmed); blank optional links and blank list rows are left out. */
export function formToValues(fields: Record<string, unknown>): FormValues {
  const values: FormValues = {};
  for (const [key, value] of Object.entries(fields)) {
    if (
      typeof value !== "string" ||
      !/^(name|isoCode|officialLanguages|schengen|offers|lastReviewed|reviewDue|translation\.reviewed|(authority|portal|enicNaric|visaApplication)\.(name|url)|directives\.\w+|(nationalSchemes|languageRequirements|sources)\.\d{1,2}\.\w+)$/.test(
        key,
      )
    )
      continue;
    values[key] = value.trim().slice(0, 2000);
  }
  return values;
}

export function valuesToFacts(values: FormValues, country: string, translation: boolean): unknown {
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
    ...(translation ? { translation: { reviewed: values["translation.reviewed"] === "on" } } : {}),
  };
}

/** Each zod issue under the form field it belongs to ("sources.0.url"; a list-level issue under the list's name). */
export function issuesByField(error: z.ZodError): Record<string, z.core.$ZodIssue> {
  const issues: Record<string, z.core.$ZodIssue> = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String);
    const field = path[0] === "officialLanguages" || path[0] === "offers" ? path[0] : path.join(".") || "form";
    issues[field] ??= issue;
  }
  return issues;
}

export function parseFacts(values: FormValues, country: string, translation: boolean) {
  return countryFactsSchema.safeParse(valuesToFacts(values, country, translation));
}

export interface FieldSpec {
  name: string;
  label: string;
  type: "text" | "url" | "date" | "select" | "checkbox" | "textarea";
  options?: { value: string; label: string }[];
}
export interface FieldGroup {
  legend: string;
  fields: FieldSpec[];
}

/** The labels the form needs: field labels from admin.field, legends shared with the public page from countries. */
type AdminField = (typeof messages)["admin"]["field"];
export type FieldLabelKey = Exclude<keyof AdminField, "error" | "entry">;
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
  ];
}
