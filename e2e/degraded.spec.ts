import { execSync } from "node:child_process";
import { expect, test } from "@playwright/test";

// Runs last (its own project): kills the running portal's Meilisearch and checks that search degrades and nothing else breaks.
const meiliPort = Number(process.env.E2E_PORT ?? 3199) + 2;

test.beforeAll(() => {
  // The bracket keeps pkill from matching the shell that runs it.
  const port = String(meiliPort);
  execSync(`pkill -f -- "--http-addr 127.0.0.1:${port.slice(0, -1)}[${port.slice(-1)}]"`);
});

test("with the search engine stopped, search says so and the rest of the site works", async ({ page, request }) => {
  await expect.poll(async () => (await request.get("/api/health")).status(), { timeout: 10_000 }).toBe(503);
  const health = await (await request.get("/api/health")).json();
  expect(health).toMatchObject({ status: "degraded", database: "ok", search: "unreachable" });

  const started = Date.now();
  const api = await request.get("/api/search?q=visa&locale=en", { headers: { "X-Forwarded-For": "198.51.100.9" } });
  expect(api.status()).toBe(503);
  expect((await api.json()).error).toMatch(/temporarily unavailable/);
  expect(Date.now() - started).toBeLessThan(3000);

  const response = await page.goto("/en/search?q=visa");
  expect(response?.status()).toBe(200);
  await expect(page.locator("main")).toContainText("Search is temporarily unavailable");
  await expect(page.locator('main a[href="/en/work-permits"]')).toBeVisible();

  for (const path of ["/en", "/ar/pathways/eu-blue-card", "/fr/guides/remittances", "/en/glossary"]) {
    expect((await page.goto(path))?.status(), path).toBe(200);
  }
});
