import { Validator } from "@seriousme/openapi-schema-validator";
import { expect, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

// The open content API against the running portal: every answer is checked against the OpenAPI document the portal
// serves (JSON Schema 2020-12 through ajv), with its caching, conditional requests, CORS and JSON errors.

type Document = { paths: Record<string, Record<string, unknown>>; components: unknown };
let document: Document;
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats.default(ajv);
const validators = new Map<string, ValidateFunction>();

/** JSON Pointer escaping of a path key (RFC 6901). */
const pointer = (key: string) => key.replace(/~/g, "~0").replace(/\//g, "~1");

function validatorFor(path: string, status: number): ValidateFunction {
  const key = `${path} ${status}`;
  let validate = validators.get(key);
  if (!validate) {
    validate = ajv.compile({ $ref: `openapi#/paths/${pointer(path)}/get/responses/${status}/content/application~1json/schema` });
    validators.set(key, validate);
  }
  return validate;
}

/** Checks an answer against the document's schema for that operation and status, and returns its body. */
async function expectValid(response: APIResponse, operation: string, status: number) {
  expect(response.status(), `${response.url()}: ${await response.text()}`).toBe(status);
  expect(response.headers()["content-type"]).toMatch(/^application\/json/);
  expect(response.headers()["access-control-allow-origin"]).toBe("*");
  const body = await response.json();
  const validate = validatorFor(operation, status);
  expect(validate(body), `${response.url()} against ${operation} ${status}: ${ajv.errorsText(validate.errors)}`).toBe(true);
  return body;
}

test.beforeAll(async ({ request }) => {
  const response = await request.get("/api/v1/openapi.json");
  expect(response.status()).toBe(200);
  document = await response.json();
  const validator = new Validator();
  const result = await validator.validate(structuredClone(document) as unknown as Record<string, unknown>);
  expect(result.errors ?? [], "the served document is valid OpenAPI").toEqual([]);
  expect(validator.version).toBe("3.1");
  ajv.addSchema({ $id: "openapi", paths: document.paths, components: document.components } as object);
});

const PAGES = "/api/v1/pages";
const PAGE = "/api/v1/pages/{locale}/{path}";
const COUNTRIES = "/api/v1/countries";
const COUNTRY = "/api/v1/countries/{locale}/{slug}";
const SEARCH = "/api/v1/search";
const ROUTE = "/api/v1/route";

test("the page list of each language validates, with guidance pages, country profiles and country routes", async ({ request }) => {
  for (const locale of ["en", "ar"]) {
    const list = await expectValid(await request.get(`${PAGES}?locale=${locale}`), PAGES, 200);
    expect(list.locale).toBe(locale);
    const types = new Set(list.pages.map((page: { type: string }) => page.type));
    expect([...types].sort()).toEqual(["country", "guide", "hub", "pathway", "route"]);
    expect(list.pages.every((page: { locale: string }) => page.locale === locale)).toBe(true);
    const blueCard = list.pages.find((page: { path: string }) => page.path === "/pathways/eu-blue-card");
    expect(blueCard.translation.isReference).toBe(locale === "en");
    expect(blueCard.translation.availableIn).toContain("en");
    expect(blueCard.api).toBe(`/api/v1/pages/${locale}/pathways/eu-blue-card`);
  }
});

test("every kind of page validates as structured plain text, with sections, sources and review dates", async ({ request }) => {
  const list = await (await request.get(`${PAGES}?locale=fr`)).json();
  for (const type of ["hub", "pathway", "guide", "country", "route"]) {
    const summary = list.pages.find((page: { type: string }) => page.type === type);
    const page = await expectValid(await request.get(summary.api), PAGE, 200);
    expect(page.type, summary.api).toBe(type);
    expect(page.title).toBe(summary.title);
    expect(page.sources.length, summary.api).toBeGreaterThan(0);
    expect(page.lastReviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // Never HTML or MDX to inject: not a tag anywhere in the answer.
    expect(JSON.stringify(page), summary.api).not.toMatch(/<\/?[a-z][^>]*>/i);
    if (type !== "country") expect(page.sections.length, summary.api).toBeGreaterThan(0);
    for (const section of page.sections) expect(section.url).toMatch(new RegExp(`/fr/.*#${section.id}$`));
  }
});

test("a pathway's sections match the page's headings, with links as separate fields", async ({ request, page: browser }) => {
  const page = await expectValid(await request.get(`${PAGE.replace("{locale}/{path}", "en/pathways/eu-blue-card")}`), PAGE, 200);
  await browser.goto("/en/pathways/eu-blue-card");
  const ids = await browser.locator("article h2[id], article h3[id]").evaluateAll((headings) => headings.map((heading) => heading.id));
  const apiIds = page.sections.map((section: { id: string }) => section.id);
  expect(ids.filter((id) => apiIds.includes(id))).toEqual(apiIds);
  const links = JSON.stringify(page.sections).match(/"url":"https?:[^"]+"/g) ?? [];
  expect(links.length).toBeGreaterThan(0);
  expect(page.translation).toMatchObject({ reference: "en", isReference: true, reviewed: true, outdated: false });
});

test("a country route page carries its status and dated figures; a country its facts and routes", async ({ request }) => {
  const route = await expectValid(await request.get("/api/v1/pages/en/countries/germany/eu-blue-card"), PAGE, 200);
  expect(route.type).toBe("route");
  expect(route.route.status).toBe("eu");
  expect(route.sections.map((section: { id: string }) => section.id)).toContain("status");
  for (const figure of route.route.figures) expect(figure.source).toMatch(/^https:\/\//);

  const list = await expectValid(await request.get(`${COUNTRIES}?locale=uk`), COUNTRIES, 200);
  expect(list.total).toBe(27);
  const country = await expectValid(await request.get("/api/v1/countries/uk/germany"), COUNTRY, 200);
  expect(country.facts.isoCode).toBe("DE");
  expect(country.routes.find((entry: { id: string }) => entry.id === "eu-blue-card").api).toBe(
    "/api/v1/pages/uk/countries/germany/eu-blue-card",
  );
});

test("pages and countries answer a matching If-None-Match with 304 and may be kept by shared caches", async ({ request }) => {
  for (const [path, policy] of [
    ["/api/v1/pages/en/guides/applying-from-abroad", "public, max-age=300, s-maxage=600, stale-while-revalidate=86400"],
    ["/api/v1/openapi.json", "public, max-age=300, s-maxage=600, stale-while-revalidate=86400"],
    ["/api/v1/pages/ar/countries/germany/eu-blue-card", "public, max-age=0, s-maxage=60, stale-while-revalidate=30"],
    ["/api/v1/pages?locale=es", "public, max-age=0, s-maxage=60, stale-while-revalidate=30"],
    ["/api/v1/countries?locale=pt", "public, max-age=0, s-maxage=60, stale-while-revalidate=30"],
    ["/api/v1/countries/en/ireland", "public, max-age=0, s-maxage=60, stale-while-revalidate=30"],
  ]) {
    const first = await request.get(path!);
    expect(first.status(), path).toBe(200);
    expect(first.headers()["cache-control"], path).toBe(policy);
    expect(first.headers()["x-passage-database-content"], path).toBeUndefined();
    const etag = first.headers()["etag"]!;
    expect(etag, path).toMatch(/^"[^"]+"$/);
    const again = await request.get(path!, { headers: { "If-None-Match": etag } });
    expect(again.status(), path).toBe(304);
    expect(again.headers()["etag"], path).toBe(etag);
    expect(await again.text(), path).toBe("");
    const other = await request.get(path!, { headers: { "If-None-Match": '"something-else"' } });
    expect(other.status(), path).toBe(200);
  }
});

test("bad requests are JSON errors: unknown language 400, unknown page 404, malformed paths never 500", async ({ request }) => {
  const cases: [string, number, string][] = [
    ["/api/v1/pages?locale=xx", 400, PAGES],
    ["/api/v1/pages", 400, PAGES],
    ["/api/v1/pages?locale=en&extra=1", 400, PAGES],
    ["/api/v1/pages?locale=en&locale=fr", 400, PAGES],
    ["/api/v1/countries?locale=", 400, COUNTRIES],
    ["/api/v1/pages/xx/pathways/eu-blue-card", 400, PAGE],
    ["/api/v1/pages/en/pathways/no-such-pathway", 404, PAGE],
    ["/api/v1/pages/en/glossary", 404, PAGE],
    ["/api/v1/pages/en/countries/atlantis", 404, PAGE],
    ["/api/v1/pages/en/countries/germany/no-such-route", 404, PAGE],
    ["/api/v1/pages/en/pathways/..%2F..%2Fpackage.json", 404, PAGE],
    ["/api/v1/pages/en/pathways/EU-Blue-Card", 404, PAGE],
    ["/api/v1/pages/en", 404, PAGE],
    ["/api/v1/countries/en/atlantis", 404, COUNTRY],
    ["/api/v1/countries/xx/germany", 400, COUNTRY],
  ];
  for (const [path, status, operation] of cases) {
    const body = await expectValid(await request.get(path), operation, status);
    expect(body.error.length, path).toBeGreaterThan(5);
  }
  for (const path of ["/api/v1/pages/en/%ff", "/api/v1/pages/en/pathways/%E0%A4%A", "/api/v1/no-such-endpoint", "/api/v1/countries/en"]) {
    const response = await request.get(path);
    expect([400, 404], path).toContain(response.status());
    expect((await response.json()).error, path).toBeTruthy();
    expect(response.headers()["access-control-allow-origin"], path).toBe("*");
  }
});

async function preflight(request: APIRequestContext, path: string) {
  const response = await request.fetch(path, {
    method: "OPTIONS",
    headers: {
      Origin: "https://partner.example",
      "Access-Control-Request-Method": "GET",
      "Access-Control-Request-Headers": "if-none-match",
    },
  });
  expect(response.status(), path).toBe(204);
  expect(response.headers()["access-control-allow-origin"], path).toBe("*");
  expect(response.headers()["access-control-allow-methods"], path).toContain("GET");
  expect(response.headers()["access-control-allow-headers"]?.toLowerCase(), path).toContain("if-none-match");
}

test("any origin may read the API: CORS on answers and preflights, the ETag exposed", async ({ request }) => {
  for (const path of [
    "/api/v1/pages?locale=en",
    "/api/v1/pages/en/visas",
    "/api/v1/countries?locale=en",
    "/api/v1/countries/en/france",
    "/api/v1/openapi.json",
  ]) {
    const response = await request.get(path, { headers: { Origin: "https://partner.example" } });
    expect(response.headers()["access-control-allow-origin"], path).toBe("*");
    await preflight(request, path);
  }
  const response = await request.get("/api/v1/pages/en/visas");
  expect(response.headers()["access-control-expose-headers"]).toContain("ETag");
  await preflight(request, "/api/v1/search");
});

test("search under /api/v1 and its /api/search alias: the same answer, not cached, valid", async ({ request }) => {
  const headers = { "X-Forwarded-For": "198.51.100.77" };
  const v1 = await request.get(`${SEARCH}?q=blue%20card&locale=en`, { headers });
  const body = await expectValid(v1, SEARCH, 200);
  expect(body.total).toBeGreaterThan(0);
  expect(v1.headers()["cache-control"]).toMatch(/no-store/);
  const alias = await request.get("/api/search?q=blue%20card&locale=en", { headers });
  expect(await expectValid(alias, SEARCH, 200)).toEqual(body);
  await expectValid(await request.get(`${SEARCH}?q=visa&locale=xx`, { headers }), SEARCH, 400);
});

test("the route finder under /api/v1 and its /api/route alias: questions and results validate, not cached", async ({ request }) => {
  const question = await expectValid(await request.get(`${ROUTE}?country=germany&locale=ar`), ROUTE, 200);
  expect(question.question.id).toBe("purpose");
  expect(question.question.options).toHaveLength(11);
  const years = await expectValid(await request.get(`${ROUTE}?country=austria&purpose=long-term`), ROUTE, 200);
  expect(years.question).toMatchObject({ id: "years", options: [], min: 0, max: 50 });

  const query = "country=germany&purpose=work&jobOffer=yes&qualification=higher&salary=above&regulated=no&locale=fr";
  const response = await request.get(`${ROUTE}?${query}`);
  expect(response.headers()["cache-control"]).toMatch(/no-store/);
  const result = await expectValid(response, ROUTE, 200);
  expect(result).toMatchObject({ country: "germany", purpose: "work", answers: { jobOffer: "yes", salary: "above" } });
  expect(result.matches[0].route).toBe("eu-blue-card");
  expect(result.matches[0].url).toBe("/fr/countries/germany/eu-blue-card");
  expect(result.checklist.length).toBeGreaterThan(0);
  expect(result.byCountry).toBeUndefined();
  expect(await expectValid(await request.get(`/api/route?${query}`), ROUTE, 200)).toEqual(result);

  const undecided = await expectValid(await request.get(`${ROUTE}?country=undecided&purpose=family&sponsor=blue-card`), ROUTE, 200);
  expect(undecided.byCountry).toHaveLength(27);
  expect(undecided.matches).toEqual([]);
  // The Blue Card directive does not apply in Denmark and Ireland: their exclusions say so, country by country.
  expect(undecided.excluded.some((entry: { country?: string }) => entry.country === "denmark")).toBe(true);

  for (const bad of ["country=atlantis", "country=germany&purpose=tourism", "country=austria&purpose=long-term&years=51", "utm_source=x"]) {
    const body = await expectValid(await request.get(`${ROUTE}?${bad}`), ROUTE, 400);
    expect(body.error, bad).toContain(bad.split("=").at(-2)!.split("&").at(-1)!);
  }
  await preflight(request, ROUTE);
});
