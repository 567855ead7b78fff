// The facts of a country profile as flat form fields ("authority.url", "sources.0.title") and back. The form is plain HTML,
// so it works without JavaScript; validation is countryFactsSchema's, with each error shown next to its field.
import type { z } from "zod";
import { countryFactsSchema, directiveKeys, type CountryFacts } from "@/lib/content/schema";

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
export function formToValues(form: FormData): FormValues {
  const values: FormValues = {};
  for (const [key, value] of form.entries()) {
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
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String);
    const field = path[0] === "officialLanguages" || path[0] === "offers" ? path[0] : path.join(".") || "form";
    errors[field] ??= issue.message;
  }
  return errors;
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

/** The form's fields, grouped as on the public page; list groups get one set of fields per row. */
export function factFieldGroups(
  values: FormValues,
  translation: boolean,
  label: (key: string, values?: Record<string, string | number>) => string,
): FieldGroup[] {
  const linkGroup = (key: string, legendKey: string): FieldGroup => ({
    legend: label(legendKey),
    fields: [
      { name: `${key}.name`, label: label("field.name"), type: "text" },
      { name: `${key}.url`, label: label("field.url"), type: "url" },
    ],
  });
  const listGroup = (list: ListName, legendKey: string, kinds: Record<string, FieldSpec["type"]>): FieldGroup => ({
    legend: label(legendKey),
    fields: Array.from({ length: rowCount(values, list) }, (_, row) =>
      lists[list].map((field) => ({
        name: `${list}.${row}.${field}`,
        label: `${label(`field.${field}`)} (${label("field.entry", { number: row + 1 })})`,
        type: kinds[field] ?? "text",
      })),
    ).flat(),
  });
  return [
    {
      legend: label("field.general"),
      fields: [
        { name: "name", label: label("field.countryName"), type: "text" },
        { name: "isoCode", label: label("field.isoCode"), type: "text" },
        { name: "officialLanguages", label: label("field.officialLanguages"), type: "text" },
        {
          name: "schengen",
          label: label("countries.schengen"),
          type: "select",
          options: (["full", "partial", "none"] as const).map((value) => ({ value, label: label(`countries.schengenStatus.${value}`) })),
        },
        { name: "offers", label: label("field.offers"), type: "text" },
      ],
    },
    linkGroup("authority", "countries.authority"),
    linkGroup("portal", "countries.portal"),
    linkGroup("enicNaric", "countries.enicNaric"),
    linkGroup("visaApplication", "countries.visaApplication"),
    {
      legend: label("countries.directives"),
      fields: directiveKeys.map((key) => ({
        name: `directives.${key}`,
        label: label(`countries.directive.${key}`),
        type: "checkbox" as const,
      })),
    },
    listGroup("nationalSchemes", "countries.nationalSchemes", { url: "url", summary: "textarea" }),
    listGroup("languageRequirements", "countries.languageRequirements", { url: "url", summary: "textarea" }),
    listGroup("sources", "field.sources", { url: "url" }),
    {
      legend: label("field.review"),
      fields: [
        { name: "lastReviewed", label: label("field.lastReviewed"), type: "date" },
        { name: "reviewDue", label: label("field.reviewDue"), type: "date" },
        ...(translation ? [{ name: "translation.reviewed", label: label("field.translationReviewed"), type: "checkbox" as const }] : []),
      ],
    },
  ];
}
