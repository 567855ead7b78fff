import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support";

for (const locale of ["en", "ar"] as const) {
  test(`a pathway page in ${locale} has its TOC, sources, review dates and working section links`, async ({ page }) => {
    const response = await page.goto(`/${locale}/pathways/eu-blue-card`);
    expect(response?.status()).toBe(200);
    await expect(page.locator("html")).toHaveAttribute("dir", locale === "ar" ? "rtl" : "ltr");
    const toc = page.locator("nav.toc");
    await expect(toc.locator('a[href="#who-can-apply"]')).toBeVisible();
    await expect(toc.locator('a[href="#sources"]')).toBeVisible();
    await expect(page.locator("section #sources")).toBeVisible();
    expect(await page.locator('section:has(#sources) a[href^="https://"]').count()).toBeGreaterThan(0);
    await expect(page.locator("time[datetime]").first()).toHaveAttribute("datetime", /^\d{4}-\d{2}-\d{2}$/);

    await toc.locator('a[href="#conditions"]').click();
    await expect(page).toHaveURL(/#conditions$/);
    await expect(page.locator("h2#conditions")).toBeInViewport();
    await expect(page.locator('h2#conditions a[href="#conditions"]')).toBeVisible();
  });
}

test("a section URL cited by an embassy opens at that section, in every language", async ({ page }) => {
  for (const locale of ["fr", "uk"]) {
    await page.goto(`/${locale}/pathways/eu-blue-card#who-can-apply`);
    await expect(page.locator("h2#who-can-apply")).toBeInViewport();
  }
});

test("a translation says what it is and links to the English reference", async ({ page }) => {
  await page.goto("/es/guides/applying-from-abroad");
  const notice = page.locator(".translation-notice");
  await expect(notice).toContainText("traducción");
  await expect(notice.locator('a[href="/en/guides/applying-from-abroad"]')).toBeVisible();
});

test("print media hides the navigation and keeps the article", async ({ page }) => {
  await page.goto("/en/guides/before-you-go-checklist");
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
  await expect(page.locator("nav.toc")).toBeHidden();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.locator("#sources")).toBeVisible();
});

test("the glossary page has an anchor per term, and term links lead to it", async ({ page }) => {
  await page.goto("/en/glossary#apostille");
  await expect(page.locator("#apostille")).toBeInViewport();
  await page.goto("/en/guides/documents-legalisation-apostille");
  const term = page.locator('a.term[href="/en/glossary#apostille"]').first();
  await expect(term).toBeVisible();
});

test("the sitemap lists every guidance page in every locale with alternates", async ({ request }) => {
  const response = await request.get("/sitemap.xml");
  expect(response.status()).toBe(200);
  const xml = await response.text();
  const english = [...xml.matchAll(/<loc>[^<]*\/en\/(?:pathways|guides|visas|work-permits|recognition|language-learning)[^<]*<\/loc>/g)];
  expect(english.length).toBeGreaterThanOrEqual(40);
  for (const locale of ["fr", "es", "pt", "ar", "uk"]) {
    const count = [
      ...xml.matchAll(
        new RegExp(`<loc>[^<]*/${locale}/(?:pathways|guides|visas|work-permits|recognition|language-learning)[^<]*</loc>`, "g"),
      ),
    ].length;
    expect(count, locale).toBeGreaterThanOrEqual(Math.ceil(english.length * 0.9));
  }
  expect(xml).toContain('hreflang="x-default"');
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("an unknown guide is a server-rendered, localized 404", async ({ page }) => {
    const response = await page.goto("/uk/guides/no-such-guide");
    expect(response?.status()).toBe(404);
    await expect(page.locator("html")).toHaveAttribute("lang", "uk");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Сторінку не знайдено");
  });
  test("a guidance page is fully readable", async ({ page }) => {
    await page.goto("/pt/pathways/student");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.locator("#sources")).toBeVisible();
  });
});

for (const path of [
  "/en/recognition",
  "/ar/recognition",
  "/en/pathways/eu-blue-card",
  "/ar/pathways/eu-blue-card",
  "/en/guides/cefr-levels-explained",
  "/ar/guides/cefr-levels-explained",
  "/en/glossary",
]) {
  test(`axe finds no WCAG 2.2 AA violation on ${path}`, async ({ page }) => {
    await page.goto(path);
    await expectNoAxeViolations(page);
  });
}
