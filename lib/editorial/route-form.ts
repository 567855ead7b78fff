// A country's routes as flat form fields, beside the profile's own (facts-form.ts). The facts, written once per country
// in the English profile, as "routes.<route>.<field>" ("routes.eu-blue-card.figures.0.amount"); the texts of the
// profile's language as "texts.<route>.<field>". A figure's label and a step's text sit in the row of their figure or
// step (English) or name its id in a hidden field (translations, whose ids come from the English facts). Every list
// gets one blank row, so an editor adds an entry without JavaScript. Blank optional fields are left out.
import {
  cefrLevels,
  channels,
  figureKinds,
  type CountryRouteTexts,
  type CountryRoutes,
  type RouteFacts,
  type RouteText,
} from "@/lib/content/route-schema";
import { purposes, routeStatuses } from "@/lib/routes/registry";

type FormValues = Record<string, string>;

export const routeLists = {
  legalBasis: ["name", "url"],
  decides: ["name", "url"],
  apply: ["name", "url", "channel"],
  figures: ["id", "kind", "amount", "upTo", "currency", "per", "unit", "appliesFrom", "checked", "source"],
  steps: ["id"],
  sources: ["title", "url", "publisher"],
} as const;
export type RouteList = keyof typeof routeLists;
export const booleanRequirements = ["jobOffer", "labourMarketTest", "quota", "healthInsurance", "sufficientMeans"] as const;
export const qualifications = ["degree", "vocational", "degree-or-vocational", "none"] as const;
export const recognitions = ["before", "regulated-professions", "not-needed"] as const;
export const figurePers = ["year", "month", "once"] as const;
export const figureUnits = ["days", "weeks", "months", "years"] as const;
const numberFields = new Set(["amount", "upTo"]);
/** List fields the schema requires even when blank, so a half-filled row is refused next to the missing field. */
const requiredInRow: Record<RouteList, readonly string[]> = {
  legalBasis: ["name", "url"],
  decides: ["name", "url"],
  apply: ["name", "url", "channel"],
  figures: ["id", "kind", "source"],
  steps: ["id"],
  sources: ["title", "url"],
};
export const textLists = { conditions: "text", figures: "label", steps: "text" } as const;

const at = (route: string, field: string) => `routes.${route}.${field}`;
const textAt = (route: string, field: string) => `texts.${route}.${field}`;
const yesNo = (value: boolean | undefined) => (value === undefined ? "" : value ? "yes" : "no");
const fromYesNo = (value = "") => (value === "yes" ? true : value === "no" ? false : undefined);
/** Drops the undefined entries, so that what the form gives back equals what the schema gave it. */
const compact = <T extends Record<string, unknown>>(object: T) =>
  Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined)) as T;

/** The rows of a list, in form order: existing rows first, then the blank one. */
export function rowCount(values: FormValues, prefix: string, fields: readonly string[]): number {
  let rows = 0;
  while (fields.some((field) => `${prefix}.${rows}.${field}` in values)) rows += 1;
  return rows;
}

/** The form row of a list's nth kept (non-blank) entry: blank rows are skipped when reading, so the numbers differ. */
export function formRow(values: FormValues, prefix: string, fields: readonly string[], index: number): number {
  let kept = -1;
  const rows = rowCount(values, prefix, fields);
  for (let row = 0; row < rows; row += 1) {
    if (fields.some((field) => values[`${prefix}.${row}.${field}`])) kept += 1;
    if (kept === index) return row;
  }
  return index;
}

export function routeFactsToForm(id: string, route: RouteFacts): FormValues {
  const values: FormValues = {
    [at(id, "status")]: route.status ?? "",
    [at(id, "nationalName")]: route.nationalName ?? "",
    [at(id, "requirements.qualification")]: route.requirements.qualification ?? "",
    [at(id, "requirements.recognition")]: route.requirements.recognition ?? "",
    [at(id, "requirements.language.level")]: route.requirements.language?.level ?? "",
    [at(id, "requirements.language.language")]: route.requirements.language?.language ?? "",
    [at(id, "recognitionAuthority.name")]: route.recognitionAuthority?.name ?? "",
    [at(id, "recognitionAuthority.url")]: route.recognitionAuthority?.url ?? "",
    [at(id, "family.partnerMayWork")]: yesNo(route.family?.partnerMayWork),
    [at(id, "family.url")]: route.family?.url ?? "",
    [at(id, "longTermResidence.url")]: route.longTermResidence?.url ?? "",
  };
  for (const purpose of route.purposes ?? []) values[at(id, `purposes.${purpose}`)] = "on";
  for (const key of booleanRequirements) values[at(id, `requirements.${key}`)] = yesNo(route.requirements[key]);
  const rows: Record<RouteList, readonly Record<string, unknown>[]> = { ...route, steps: route.steps.map((step) => ({ id: step })) };
  for (const list of Object.keys(routeLists) as RouteList[])
    rows[list].forEach((row, index) => {
      for (const field of routeLists[list])
        values[at(id, `${list}.${index}.${field}`)] = row[field] === undefined ? "" : String(row[field]);
    });
  return values;
}

function listFrom(values: FormValues, id: string, list: RouteList): Record<string, unknown>[] {
  const prefix = at(id, list);
  const rows: Record<string, unknown>[] = [];
  for (let row = 0; row < rowCount(values, prefix, routeLists[list]); row += 1) {
    const fields = routeLists[list].map((field) => [field, values[`${prefix}.${row}.${field}`] ?? ""] as const);
    if (fields.every(([, value]) => !value)) continue;
    const entry: Record<string, unknown> = {};
    for (const [field, value] of fields) {
      if (!value && !requiredInRow[list].includes(field)) continue;
      // A number that does not read as one stays text, so the schema refuses it next to its field.
      entry[field] = numberFields.has(field) && value !== "" && Number.isFinite(Number(value)) ? Number(value) : value;
    }
    rows.push(entry);
  }
  return rows;
}

export function valuesToRouteFacts(values: FormValues, id: string): unknown {
  const get = (field: string) => values[at(id, field)] ?? "";
  const optional = (field: string) => get(field) || undefined;
  const chosen = purposes.filter((purpose) => values[at(id, `purposes.${purpose}`)] === "on");
  const language = get("requirements.language.level") || get("requirements.language.language");
  const requirements = compact({
    ...Object.fromEntries(booleanRequirements.map((key) => [key, fromYesNo(get(`requirements.${key}`))])),
    qualification: optional("requirements.qualification"),
    recognition: optional("requirements.recognition"),
    language: language ? { level: get("requirements.language.level"), language: get("requirements.language.language") } : undefined,
  });
  const authority = get("recognitionAuthority.name") || get("recognitionAuthority.url");
  const family = get("family.partnerMayWork") || get("family.url");
  return compact({
    status: optional("status"),
    purposes: chosen.length ? chosen : undefined,
    nationalName: optional("nationalName"),
    legalBasis: listFrom(values, id, "legalBasis"),
    decides: listFrom(values, id, "decides"),
    apply: listFrom(values, id, "apply"),
    requirements,
    figures: listFrom(values, id, "figures"),
    recognitionAuthority: authority ? { name: get("recognitionAuthority.name"), url: get("recognitionAuthority.url") } : undefined,
    family: family ? compact({ partnerMayWork: fromYesNo(get("family.partnerMayWork")), url: get("family.url") }) : undefined,
    longTermResidence: get("longTermResidence.url") ? { url: get("longTermResidence.url") } : undefined,
    steps: listFrom(values, id, "steps").map((row) => row.id),
    sources: listFrom(values, id, "sources"),
  });
}

/**
 * The texts of one route. `ids` are the route's figure and step ids in order (from the English facts); with
 * `hiddenIds` (translations) each row names its id itself, otherwise the row of the same number in the facts does.
 */
export function routeTextToForm(
  id: string,
  text: RouteText | undefined,
  ids: { figures: string[]; steps: string[] },
  hiddenIds: boolean,
): FormValues {
  const values: FormValues = {
    [textAt(id, "name")]: text?.name ?? "",
    [textAt(id, "summary")]: text?.summary ?? "",
    [textAt(id, "note")]: text?.note ?? "",
  };
  (text?.conditions ?? []).forEach((condition, index) => (values[textAt(id, `conditions.${index}.text`)] = condition));
  for (const list of ["figures", "steps"] as const)
    ids[list].forEach((itemId, index) => {
      if (hiddenIds) values[textAt(id, `${list}.${index}.id`)] = itemId;
      values[textAt(id, `${list}.${index}.${textLists[list]}`)] = text?.[list][itemId] ?? "";
    });
  return values;
}

/** The texts of one route as submitted; undefined when every field is blank (the language has no texts for it). */
export function valuesToRouteText(values: FormValues, id: string): unknown {
  const get = (field: string) => values[textAt(id, field)] ?? "";
  const conditions: string[] = [];
  for (let row = 0; row < rowCount(values, textAt(id, "conditions"), ["text"]); row += 1) {
    const condition = get(`conditions.${row}.text`);
    if (condition) conditions.push(condition);
  }
  const keyed = (list: "figures" | "steps") => {
    const entries: Record<string, string> = {};
    const field = textLists[list];
    for (let row = 0; row < rowCount(values, textAt(id, list), ["id", field]); row += 1) {
      const itemId = values[textAt(id, `${list}.${row}.id`)] ?? values[at(id, `${list}.${row}.id`)] ?? "";
      const content = get(`${list}.${row}.${field}`);
      if (itemId && content) entries[itemId] = content;
    }
    return entries;
  };
  const text = compact({
    name: get("name") || undefined,
    summary: get("summary") || undefined,
    conditions,
    figures: keyed("figures"),
    steps: keyed("steps"),
    note: get("note") || undefined,
  });
  const blank =
    !text.name && !text.summary && !text.note && !conditions.length && !Object.keys(text.figures).length && !Object.keys(text.steps).length;
  return blank ? undefined : text;
}

/** The route ids that have facts fields, and those that have text fields, in form order. */
export function routeIdsIn(values: FormValues): { facts: string[]; texts: string[] } {
  const found = { facts: new Set<string>(), texts: new Set<string>() };
  for (const key of Object.keys(values)) {
    const match = /^(routes|texts)\.([a-z0-9]+(?:-[a-z0-9]+)*)\./.exec(key);
    if (match) found[match[1] === "routes" ? "facts" : "texts"].add(match[2]!);
  }
  return { facts: [...found.facts], texts: [...found.texts] };
}

export function routesToForm(
  routes: CountryRoutes | undefined,
  texts: CountryRouteTexts | undefined,
  reference: CountryRoutes | undefined,
): FormValues {
  const values: FormValues = {};
  if (routes) {
    Object.assign(values, { "routes.lastReviewed": routes.lastReviewed, "routes.reviewDue": routes.reviewDue });
    for (const [id, route] of Object.entries(routes.routes)) Object.assign(values, routeFactsToForm(id, route));
  }
  if (texts?.translation?.reviewed) values["routeTranslation.reviewed"] = "on";
  for (const [id, route] of Object.entries(reference?.routes ?? {})) {
    const ids = { figures: route.figures.map((figure) => figure.id), steps: route.steps };
    Object.assign(values, routeTextToForm(id, texts?.routes[id], ids, !routes));
  }
  return values;
}

/**
 * The routes part of a profile's facts from the submitted fields. `only`: the one route the form shows (the others
 * are kept from `base`, the revision the editor started from); without it every route comes from the fields.
 */
export function valuesToRoutes(
  values: FormValues,
  translation: boolean,
  base: { routes?: unknown; routeTexts?: unknown } | undefined,
  only?: string,
): { routes?: unknown; routeTexts?: unknown } {
  const ids = routeIdsIn(values);
  const baseRoutes = (base?.routes ?? undefined) as { reviewLog?: unknown; routes?: Record<string, unknown> } | undefined;
  const baseTexts = (base?.routeTexts ?? undefined) as { translation?: unknown; routes?: Record<string, unknown> } | undefined;
  const part: { routes?: unknown; routeTexts?: unknown } = {};
  if (!translation && (only || "routes.lastReviewed" in values)) {
    const routes: Record<string, unknown> = only ? { ...baseRoutes?.routes } : {};
    for (const id of only ? [only] : ids.facts) routes[id] = valuesToRouteFacts(values, id);
    // The review log is not a form field: it is kept from the revision the editor started from.
    part.routes = compact({
      lastReviewed: values["routes.lastReviewed"] ?? "",
      reviewDue: values["routes.reviewDue"] ?? "",
      reviewLog: baseRoutes?.reviewLog,
      routes,
    });
  } else if (base?.routes) part.routes = base.routes;
  const textRoutes: Record<string, unknown> = only ? { ...baseTexts?.routes } : {};
  for (const id of only ? [only] : ids.texts) {
    const text = valuesToRouteText(values, id);
    if (text) textRoutes[id] = text;
    else delete textRoutes[id];
  }
  if (Object.keys(textRoutes).length || baseTexts)
    part.routeTexts = compact({
      translation: translation ? { reviewed: values["routeTranslation.reviewed"] === "on" } : undefined,
      routes: textRoutes,
    });
  return part;
}

export const routeChoices = {
  statuses: routeStatuses,
  purposes,
  channels,
  figureKinds,
  cefrLevels,
  qualifications,
  recognitions,
  figurePers,
  figureUnits,
};
