// The route finder: every step a GET form and every result a URL (without JavaScript), the same steps enhanced with
// focus moved and progress announced (keyboard only), a result that a new browser reproduces, the printed checklist,
// axe on a question and a result, the API over HTTP and the links into the finder.
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support";

const resultQuery = "country=germany&purpose=work&jobOffer=yes&qualification=higher&salary=above&regulated=no";

async function answer(page: Page, name: string, value: string) {
  await page.locator(`input[name="${name}"][value="${value}"]`).check();
  await page.locator("form.finder-step button[type=submit]").click();
}

/** Presses Tab until the focused element matches `selector` (the header's links come first). */
async function tabTo(page: Page, selector: string) {
  for (let i = 0; i < 120; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`Tab never reached ${selector}`);
}

for (const locale of ["en", "ar"] as const) {
  test(`without JavaScript in ${locale}: each step a GET form, the result a URL, back links change one answer`, async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`/${locale}/route`);
    await expect(page.locator("html")).toHaveAttribute("dir", locale === "ar" ? "rtl" : "ltr");
    await expect(page.locator("fieldset legend")).toHaveCount(1);
    await answer(page, "country", "germany");
    await expect(page).toHaveURL(new RegExp(`/${locale}/route\\?country=germany$`));
    await answer(page, "purpose", "work");
    await answer(page, "jobOffer", "yes");
    await answer(page, "qualification", "higher");
    await answer(page, "salary", "above");
    await answer(page, "regulated", "no");
    await expect(page).toHaveURL(new RegExp(`/${locale}/route\\?${resultQuery}$`));
    const matches = page.locator("section[aria-labelledby=matches]");
    await expect(matches.locator(`a[href="/${locale}/countries/germany/eu-blue-card"]`)).toBeVisible();
    await expect(matches).toContainText("Directive (EU) 2021/1883, Art. 5(3)");
    await expect(page.locator("ol.checklist li").first()).toBeVisible();

    // "Change" for the qualification keeps the other answers; the salary no longer matters for a vocational one.
    await page
      .locator(
        `section[aria-labelledby=your-answers] a[href="/${locale}/route?country=germany&purpose=work&jobOffer=yes&salary=above&regulated=no"]`,
      )
      .click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/route\\?country=germany&purpose=work&jobOffer=yes&regulated=no$`));
    await answer(page, "qualification", "vocational");
    await expect(page).toHaveURL(
      new RegExp(`/${locale}/route\\?country=germany&purpose=work&jobOffer=yes&qualification=vocational&regulated=no$`),
    );
    await expect(page.locator("section[aria-labelledby=excluded]")).toContainText("Art. 5(1)(b)");

    // An empty answer comes back with an error next to the field; unknown parameters are dropped by a redirect.
    await page.goto(`/${locale}/route?country=germany&step=purpose`);
    await expect(page.locator("#purpose-error")).toBeVisible();
    await expect(page.locator("fieldset")).toHaveAttribute("aria-describedby", /purpose-error/);
    await page.goto(`/${locale}/route?utm_source=mail&country=germany&fbclid=abc&jobOffer=yes`);
    await expect(page).toHaveURL(new RegExp(`/${locale}/route\\?country=germany$`));
    await context.close();
  });

  test(`keyboard only in ${locale}: focus moves to each new question, progress is announced, boxes stay ticked`, async ({ page }) => {
    await page.goto(`/${locale}/route`);
    await tabTo(page, 'input[name="country"]');
    for (let i = 0; i < 30 && !(await page.locator('input[name="country"][value="germany"]').isChecked()); i++)
      await page.keyboard.press("ArrowDown");
    await expect(page.locator('input[name="country"][value="germany"]')).toBeChecked();
    await tabTo(page, "form.finder-step button[type=submit]");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\?country=germany$/);
    await expect(page.locator("#question")).toBeFocused();
    await expect(page.locator("main p[role=status]")).toContainText("2");

    for (const [name, value] of [
      ["purpose", "work"],
      ["jobOffer", "yes"],
      ["qualification", "higher"],
      ["salary", "above"],
      ["regulated", "no"],
    ] as const) {
      await expect(page.locator(`input[name="${name}"]`).first()).toBeAttached();
      await tabTo(page, `input[name="${name}"]`);
      for (let i = 0; i < 12 && !(await page.locator(`input[name="${name}"][value="${value}"]`).isChecked()); i++)
        await page.keyboard.press(i === 0 ? "Space" : "ArrowDown");
      await expect(page.locator(`input[name="${name}"][value="${value}"]`)).toBeChecked();
      await tabTo(page, "form.finder-step button[type=submit]");
      await page.keyboard.press("Enter");
    }
    await expect(page).toHaveURL(new RegExp(`\\?${resultQuery}$`));
    await expect(page.locator("#result-title")).toBeFocused();
    await tabTo(page, "#checklist-0");
    await page.keyboard.press("Space");
    await expect(page.locator("#checklist-0")).toBeChecked();
    await page.reload();
    await expect(page.locator("#checklist-0")).toBeChecked();
  });
}

test("the result URL gives the same result in a new browser context", async ({ browser }) => {
  const texts: string[] = [];
  for (let i = 0; i < 2; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`/en/route?${resultQuery}`);
    // Read once the page is hydrated: the print button appears only then, and would otherwise differ between reads.
    await expect(page.getByRole("button", { name: "Print the checklist" })).toBeVisible();
    texts.push(await page.locator("main").innerText());
    await context.close();
  }
  expect(texts[0]).toContain("Routes that fit");
  expect(texts[1]).toBe(texts[0]);
});

test("print media shows the checklist with the page's URL and review date, without the forms", async ({ page }) => {
  await page.goto(`/en/route?${resultQuery}`);
  await page.emulateMedia({ media: "print" });
  await expect(page.locator("ol.checklist")).toBeVisible();
  await expect(page.locator(".finder-checklist .print-only")).toContainText(`/en/route?${resultQuery}`);
  await expect(page.locator(".finder-checklist")).toContainText("last reviewed on");
  await expect(page.locator("header nav").first()).toBeHidden();
  await expect(page.locator("ol.checklist a").first()).toBeHidden();
});

for (const path of ["/en/route?country=germany", `/en/route?${resultQuery}`, "/ar/route?country=undecided&purpose=family&sponsor=permit"])
  test(`axe finds nothing on ${path}`, async ({ page }) => {
    await page.goto(path);
    await expectNoAxeViolations(page);
  });

test("the API asks the next question, answers with reasons, and refuses unknown parameters", async ({ request }) => {
  const first = await request.get("/api/route?country=germany&locale=fr");
  expect(first.status()).toBe(200);
  expect(first.headers()["cache-control"]).toBe("no-store");
  const question = (await first.json()) as { question: { id: string; options: { value: string; label: string }[] } };
  expect(question.question.id).toBe("purpose");
  expect(question.question.options.map((option) => option.value)).toContain("short-stay");

  const complete = await request.get(`/api/v1/route?${resultQuery}`);
  const result = (await complete.json()) as { matches: { route: string; why: { source: string }[] }[]; checklist: unknown[] };
  expect(result.matches[0]?.route).toBe("eu-blue-card");
  expect(result.matches[0]?.why.map((why) => why.source)).toContain("Directive (EU) 2021/1883, Art. 5(1)(a)");
  expect(result.checklist.length).toBeGreaterThan(3);

  const denmark = (await (await request.get("/api/route?country=denmark&purpose=work&jobOffer=no")).json()) as {
    excluded: { route: string; why: { source: string }[] }[];
  };
  expect(
    denmark.excluded
      .find((entry) => entry.route === "eu-blue-card")
      ?.why.map((why) => why.source)
      .join(),
  ).toMatch(/Protocol No 22/);

  const refused = await request.get("/api/route?country=germany&utm_source=x");
  expect(refused.status()).toBe(400);
  expect(((await refused.json()) as { error: string }).error).toMatch(/utm_source/);
});

test("home, pathway and country pages link into the finder with what they know", async ({ page }) => {
  await page.goto("/en");
  await expect(page.locator('main a[href="/en/route"]').first()).toBeVisible();
  await page.goto("/en/pathways/eu-blue-card");
  await expect(page.locator('main a[href="/en/route?purpose=work"]')).toBeVisible();
  await page.goto("/en/countries/germany");
  await expect(page.locator('main a[href="/en/route?country=germany"]')).toBeVisible();
});
