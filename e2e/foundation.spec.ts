import { createHash } from "node:crypto";
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support";

const locales = [
  {
    locale: "en",
    dir: "ltr",
    heading: "Prepare your move to the European Union",
    title: "Passage: prepare your move to the European Union",
  },
  {
    locale: "fr",
    dir: "ltr",
    heading: "Préparez votre installation dans l’Union européenne",
    title: "Passage : préparer votre installation dans l’Union européenne",
  },
  { locale: "es", dir: "ltr", heading: "Prepare su traslado a la Unión Europea", title: "Passage: prepare su traslado a la Unión Europea" },
  {
    locale: "pt",
    dir: "ltr",
    heading: "Prepare a sua mudança para a União Europeia",
    title: "Passage: prepare a sua mudança para a União Europeia",
  },
  { locale: "ar", dir: "rtl", heading: "استعدّ للانتقال إلى الاتحاد الأوروبي", title: "Passage: استعدّ للانتقال إلى الاتحاد الأوروبي" },
  {
    locale: "uk",
    dir: "ltr",
    heading: "Підготуйтеся до переїзду до Європейського Союзу",
    title: "Passage: підготуйтеся до переїзду до Європейського Союзу",
  },
];

for (const { locale, dir, heading, title } of locales) {
  test(`home page in ${locale} has lang, dir, its own heading and title`, async ({ page }) => {
    const response = await page.goto(`/${locale}`);
    expect(response?.status()).toBe(200);
    await expect(page.locator("html")).toHaveAttribute("lang", locale);
    await expect(page.locator("html")).toHaveAttribute("dir", dir);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
    // The exact translated title: the home page's title is absolute, without the site-name template.
    await expect(page).toHaveTitle(title);
  });
}

test("/ redirects by Accept-Language", async ({ browser }) => {
  const context = await browser.newContext({ locale: "fr-FR", extraHTTPHeaders: { "Accept-Language": "fr-FR,fr;q=0.9" } });
  const page = await context.newPage();
  await page.goto("/");
  await expect(page).toHaveURL(/\/fr$/);
  await context.close();
});

test("the language switcher keeps the current page", async ({ page }) => {
  await page.goto("/en/accessibility");
  await page.getByRole("navigation", { name: "Language" }).getByRole("link", { name: "Français" }).click();
  await expect(page).toHaveURL(/\/fr\/accessibility$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Déclaration d’accessibilité");
});

test("the skip link is the first stop and moves focus to the main content", async ({ page }) => {
  await page.goto("/en");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to main content" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator("main#main")).toBeFocused();
});

test("an unknown page is a localized, server-rendered 404 with lang and dir", async ({ page }) => {
  const response = await page.goto("/ar/no-such-page/at-all");
  expect(response?.status()).toBe(404);
  await expect(page.locator("html")).toHaveAttribute("lang", "ar");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("الصفحة غير موجودة");
});

test("a malformed percent-encoding is a 404, not a server error", async ({ request }) => {
  const response = await request.get("/en/guides/%25");
  expect(response.status()).toBe(404);
});

for (const path of ["/en", "/ar", "/en/this-does-not-exist", "/ar/this-does-not-exist"]) {
  test(`axe finds no WCAG 2.2 AA violation on ${path}`, async ({ page }) => {
    await page.goto(path);
    await expectNoAxeViolations(page);
  });
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("the header search form submits and shows server-rendered results", async ({ page }) => {
    await page.goto("/en");
    await page.getByRole("searchbox", { name: "Search Passage" }).first().fill("visa");
    await page.getByRole("button", { name: "Search" }).first().click();
    await expect(page).toHaveURL(/\/en\/search\?q=visa/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Search");
    // Results rendered on the server: the count for this query, and result links into the English site.
    await expect(page.locator("#results")).toHaveText(/^\d+ results? for “visa”$/);
    const results = page.locator("#results ~ ol > li > a");
    await expect(results.first()).toHaveAttribute("href", /^\/en\/[a-z-]+/);
    expect(await results.count()).toBeGreaterThan(1);
  });
});

test("health answers 200 with both parts ok", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  const body = await response.json();
  expect(body).toMatchObject({ status: "ok", database: "ok", search: "ok" });
  expect(typeof body.version).toBe("string");
});

test("cached pages carry a hash-based Content-Security-Policy naming each of their inline scripts, and the other security headers", async ({
  request,
}) => {
  const response = await request.get("/en");
  const headers = response.headers();
  const csp = headers["content-security-policy"] ?? "";
  const scriptSrc = csp.split("; ").find((directive) => directive.startsWith("script-src ")) ?? "";
  expect(scriptSrc).not.toMatch(/nonce|unsafe-inline|unsafe-eval|strict-dynamic/);
  expect(csp).toContain("frame-ancestors 'none'");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  const inlineScripts = [...(await response.text()).matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)]
    .map(([, body]) => body!)
    .filter(Boolean);
  expect(inlineScripts.length).toBeGreaterThan(0);
  for (const body of inlineScripts) {
    const hash = createHash("sha256").update(body, "utf8").digest("base64");
    expect(scriptSrc, body.slice(0, 80)).toContain(`'sha256-${hash}'`);
  }
});

test("pages rendered per request (search results) carry a fresh nonce on every inline script", async ({ page }) => {
  const response = await page.goto("/en/search?q=visa");
  const csp = response!.headers()["content-security-policy"] ?? "";
  const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
  expect(nonce, csp).toBeTruthy();
  const nonces = await page.locator("script:not([src])").evaluateAll((scripts) => scripts.map((s) => (s as HTMLScriptElement).nonce));
  expect(nonces.length).toBeGreaterThan(0);
  for (const scriptNonce of nonces) expect(scriptNonce).toBe(nonce);
  const second = await page.goto("/en/search?q=visa");
  expect(second!.headers()["content-security-policy"]).not.toContain(nonce!);
});
