// Country route pages: one page per way into a country, with its facts, dated figures, sources and review date.
import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support";

test("a route page in English shows the route's status, where to apply, dated figures, steps, sources and review date", async ({
  page,
}) => {
  const response = await page.goto("/en/countries/germany/eu-blue-card");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("EU Blue Card in Germany");
  await expect(page.locator("#status")).toBeVisible();
  await expect(page.getByText("Blaue Karte EU")).toBeVisible();
  await expect(page.locator("#apply")).toBeVisible();
  // A figure is either dated with its source, or a pointer to the official page where the reader checks it.
  const figures = page.locator("#figures + * table tbody tr, section:has(#figures) tbody tr");
  expect(await figures.count()).toBeGreaterThan(0);
  for (const row of await figures.all()) {
    const cells = await row.locator("td").count();
    if (cells === 1) await expect(row.getByRole("link", { name: /Check the current figure on/ })).toHaveAttribute("href", /^https:\/\//);
    else {
      await expect(row.locator("time")).toHaveCount(2);
      await expect(row.getByRole("link", { name: /Source/ })).toHaveAttribute("href", /^https:\/\//);
    }
  }
  await expect(page.locator("#steps ~ ol li, section:has(#steps) ol li").first()).toBeVisible();
  await expect(page.locator("#sources ~ ol a, section:has(#sources) ol a").first()).toHaveAttribute("href", /^https:\/\//);
  await expect(page.getByText("Last reviewed")).toBeVisible();
  // Citable down to a step.
  expect(await page.locator("li[id^='step-']").count()).toBeGreaterThan(2);
});

test("the same route page in Arabic is right-to-left, translated, and says its translation is not reviewed yet", async ({ page }) => {
  const response = await page.goto("/ar/countries/germany/eu-blue-card");
  expect(response?.status()).toBe(200);
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.locator("html")).toHaveAttribute("lang", "ar");
  const title = await page.getByRole("heading", { level: 1 }).textContent();
  expect(title).toMatch(/[\u0600-\u06FF]/);
  expect(title).not.toContain("EU Blue Card in");
  await expect(page.locator("section:has(#sources) ol a").first()).toHaveAttribute("href", /^https:\/\//);
  await expect(page.locator("p.meta time").first()).toHaveAttribute("datetime", /^\d{4}-\d{2}-\d{2}$/);
  const arabic = JSON.parse(readFileSync("messages/ar.json", "utf8")) as { guidance: { translationNotReviewed: string } };
  await expect(page.getByText(arabic.guidance.translationNotReviewed)).toBeVisible();
});

test("a route that does not apply says so and lists the country's alternatives", async ({ page }) => {
  const response = await page.goto("/en/countries/denmark/eu-blue-card");
  expect(response?.status()).toBe(200);
  await expect(page.locator("section:has(#status)")).toContainText("Does not apply here");
  const alternatives = page.locator("section:has(#alternatives) ul a");
  expect(await alternatives.count()).toBeGreaterThan(0);
  await alternatives.first().click();
  await expect(page).toHaveURL(/\/en\/countries\/denmark\/[a-z0-9-]+$/);
});

test("the country page lists its ways to come and the pathway page where each applies", async ({ page }) => {
  await page.goto("/fr/countries/spain");
  const ways = page.locator("section:has(#ways-to-come) li a");
  expect(await ways.count()).toBeGreaterThanOrEqual(14);
  await page.goto("/en/pathways/eu-blue-card");
  const table = page.locator("section:has(#where-it-applies) table");
  await expect(table).toBeVisible();
  await expect(table.getByRole("link", { name: "Germany" })).toHaveAttribute("href", "/en/countries/germany/eu-blue-card");
});

test("the sitemap lists the route pages, and search finds a country's route first", async ({ request }) => {
  const sitemap = await (await request.get("/sitemap.xml")).text();
  expect(sitemap).toContain("/fr/countries/germany/eu-blue-card</loc>");
  const routePages = sitemap.match(/<loc>[^<]*\/en\/countries\/[a-z-]+\/[a-z0-9-]+<\/loc>/g) ?? [];
  expect(routePages.length).toBeGreaterThanOrEqual(27 * 12);
  const english = await (await request.get("/api/search?q=blue%20card%20germany&locale=en")).json();
  expect(english.hits[0].url).toBe("/en/countries/germany/eu-blue-card");
  const french = await (await request.get("/api/search?q=carte%20bleue%20allemagne&locale=fr")).json();
  expect(french.hits[0].url).toBe("/fr/countries/germany/eu-blue-card");
});

for (const path of ["/en/countries/germany/eu-blue-card", "/ar/countries/ireland/critical-skills-employment-permit"]) {
  test(`axe finds no WCAG 2.2 AA violation on ${path}`, async ({ page }) => {
    await page.goto(path);
    await expectNoAxeViolations(page);
  });
}
