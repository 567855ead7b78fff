// The editors' flow end to end: an editor changes Germany in English with the live preview and submits it, a reviewer
// publishes it, the public page and the Atom feed show it. Plus refusals over HTTP and axe on the editor and profiles.
import { expect, test } from "@playwright/test";
import { editorAccounts } from "./editors";
import { expectNoAxeViolations } from "./support";

test("an editor edits Germany, a reviewer publishes, readers see it within 5 s and the feed lists it", async ({ browser, request }) => {
  const marker = `zqx${Date.now().toString(36)}`;
  const stamp = `Checked by the e2e editor ${marker}.`;
  const editor = await browser.newContext({ storageState: editorAccounts.state("editor") });
  const page = await editor.newPage();
  await page.goto("/admin/profiles/germany/en");
  const body = page.getByLabel("Text (MDX)");
  const text = await body.inputValue();
  await body.fill(text.replace("## Overview [#overview]\n", `## Overview [#overview]\n\n${stamp}\n`));
  // The preview is rendered by the public page's component, from the text being typed.
  await expect(page.locator("#live-preview")).toContainText(stamp);
  await expect(page.locator("#live-preview section#facts, #live-preview section:has(#facts)").first()).toBeVisible();
  await page.getByRole("button", { name: "Save as a new revision" }).click();
  await expect(page).toHaveURL(/\?saved=\d+$/);
  const number = Number(new URL(page.url()).searchParams.get("saved"));
  await page.getByRole("button", { name: `Submit revision ${number} for review` }).click();
  await expect(page.getByTestId("latest-status")).toHaveText("in review");
  await editor.close();

  const reviewer = await browser.newContext({ storageState: editorAccounts.state("reviewer") });
  const review = await reviewer.newPage();
  await review.goto("/admin/profiles/germany/en");
  await review.getByRole("button", { name: `Publish revision ${number}` }).click();
  await expect(review.getByTestId("latest-status")).toHaveText("published");
  const published = Date.now();
  await reviewer.close();

  await expect(async () => {
    const html = await (await request.get("/en/countries/germany")).text();
    expect(html).toContain(stamp);
  }).toPass({ timeout: 5000, intervals: [100, 250, 500] });
  console.log(`public page showed the change ${Date.now() - published} ms after publishing`);

  // The search index entry was replaced before the publish answered.
  const search = await request.get(`/api/search?q=${marker}&locale=en`);
  expect(search.status()).toBe(200);
  expect(JSON.stringify(await search.json())).toContain("/en/countries/germany");

  const feed = await request.get("/en/updates.xml");
  expect(feed.headers()["content-type"]).toContain("application/atom+xml");
  const xml = await feed.text();
  expect(xml).toContain(`Germany: revision ${number} published`);
  expect(xml).toContain("/en/countries/germany");
});

test("a conflicting save is refused with both versions shown, and the text is kept", async ({ browser }) => {
  const first = await browser.newContext({ storageState: editorAccounts.state("editor") });
  const second = await browser.newContext({ storageState: editorAccounts.state("editor") });
  const [a, b] = [await first.newPage(), await second.newPage()];
  await a.goto("/admin/profiles/austria/fr");
  await b.goto("/admin/profiles/austria/fr");
  const original = await a.getByLabel("Text (MDX)").inputValue();
  await a.getByLabel("Text (MDX)").fill(`${original}\n\nFirst editor ${Date.now()}.`);
  await a.getByRole("button", { name: "Save as a new revision" }).click();
  await expect(a).toHaveURL(/\?saved=\d+$/);
  const mine = `${original}\n\nSecond editor, not lost ${Date.now()}.`;
  await b.getByLabel("Text (MDX)").fill(mine);
  await b.getByRole("button", { name: "Save as a new revision" }).click();
  await expect(b.getByRole("heading", { name: "Someone saved in the meantime" })).toBeVisible();
  await expect(b.locator('[data-version="mine"]')).toContainText("Second editor, not lost");
  await expect(b.locator('[data-version="theirs"]')).toContainText("First editor");
  await b.getByRole("button", { name: /Keep my version/ }).click();
  await b.getByRole("button", { name: "Save as a new revision" }).click();
  await expect(b).toHaveURL(/\?saved=\d+$/);
  await first.close();
  await second.close();
});

test("mutations refuse anonymous and cross-site requests, and bad input gets a 4xx", async ({ request, baseURL }) => {
  const anonymous = await request.post("/admin/actions/publish", {
    headers: { Origin: baseURL!, Accept: "application/json" },
    form: { revisionId: "00000000-0000-4000-8000-000000000000" },
  });
  expect(anonymous.status()).toBe(401);
  const crossSite = await request.post("/admin/actions/publish", {
    headers: { Origin: "https://evil.example", Accept: "application/json" },
    form: { revisionId: "x" },
  });
  expect(crossSite.status()).toBe(403);
  const unknown = await request.post("/admin/actions/drop-tables", { headers: { Origin: baseURL! } });
  expect(unknown.status()).toBe(404);
  expect((await request.get("/admin/actions/publish")).status()).toBe(405);
});

test("mutations refuse the wrong role with 403 and bad input with 400", async ({ browser, baseURL }) => {
  const editor = await browser.newContext({ storageState: editorAccounts.state("editor") });
  const headers = { Origin: baseURL!, Accept: "application/json" };
  const publish = await editor.request.post("/admin/actions/publish", {
    headers,
    form: { revisionId: "00000000-0000-4000-8000-000000000000" },
  });
  expect(publish.status()).toBe(403);
  const users = await editor.request.post("/admin/actions/create-user", { headers, form: { email: "someone@example.org", role: "admin" } });
  expect(users.status()).toBe(403);
  const malformed = await editor.request.post("/admin/actions/save", { headers, form: { country: "germany" } });
  expect(malformed.status()).toBe(400);
  expect((await malformed.json()).error).toContain("locale is required");
  await editor.close();
});

test("an editor's malformed input is refused with the error next to the field", async ({ browser }) => {
  const context = await browser.newContext({ storageState: editorAccounts.state("editor") });
  const page = await context.newPage();
  await page.goto("/admin/profiles/portugal/en");
  await page.getByLabel("Web address (https://)").first().fill("javascript:alert(1)");
  await page.getByLabel("Text (MDX)").fill("## Fine [#fine]\n\n<script>alert(1)</script>");
  await page.getByRole("button", { name: "Save as a new revision" }).click();
  await expect(page.locator("#save-message")).toContainText("Nothing was saved");
  await expect(page.locator("#error-authority-url")).toBeVisible();
  await expect(page.locator("#error-body")).toContainText("line 3");
  await context.close();
});

test("axe finds nothing on the admin editor", async ({ browser }) => {
  const context = await browser.newContext({ storageState: editorAccounts.state("editor") });
  const page = await context.newPage();
  await page.goto("/admin/profiles/germany/en");
  await expectNoAxeViolations(page);
  await context.close();
});

for (const locale of ["en", "ar"] as const) {
  test(`a country page in ${locale}: facts with sources, opt-out shown, hydrates cleanly, no axe violations`, async ({ page }) => {
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    const response = await page.goto(`/${locale}/countries/denmark`);
    expect(response?.status()).toBe(200);
    await expect(page.locator("html")).toHaveAttribute("dir", locale === "ar" ? "rtl" : "ltr");
    await expect(page.locator("section #facts")).toBeVisible();
    await expect(page.locator('[data-directive="blueCard"]')).toHaveAttribute("data-applies", "false");
    await expect(page.locator("section #sources")).toBeVisible();
    await expect(page.locator("time[datetime]").first()).toHaveAttribute("datetime", /^\d{4}-\d{2}-\d{2}$/);
    // Denmark's text ends with a one-line <Callout>: rendered inside a <p> it broke hydration (React error 418).
    await expect(page.locator("aside.callout-warning")).toBeVisible();
    await expect(page.locator("p aside")).toHaveCount(0);
    await expectNoAxeViolations(page);
    expect(errors).toEqual([]);
  });
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("the country list filters by name in the reader's language, and unknown countries are a 404", async ({ page }) => {
    await page.goto("/fr/countries");
    await expect(page.locator("#country-list > li")).toHaveCount(27);
    await page.getByRole("searchbox", { name: "Filtrer par nom de pays" }).fill("allem");
    await page.getByRole("button", { name: "Filtrer" }).click();
    await expect(page).toHaveURL(/\/fr\/countries\?q=allem/);
    await expect(page.locator("#country-list > li")).toHaveCount(1);
    await expect(page.locator("#country-list")).toContainText("Allemagne");
    const missing = await page.goto("/fr/countries/atlantis");
    expect(missing?.status()).toBe(404);
    await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  });
});

test("the sitemap lists the 27 country pages in each of the six languages", async ({ request }) => {
  const xml = await (await request.get("/sitemap.xml")).text();
  for (const locale of ["en", "fr", "es", "pt", "ar", "uk"]) {
    const pages = new Set([...xml.matchAll(new RegExp(`<loc>[^<]*/${locale}/countries/([a-z-]+)</loc>`, "g"))].map((match) => match[1]));
    expect(pages.size, locale).toBe(27);
  }
});

test("an admin creates an account; its one-time password must be changed before anything else", async ({ browser }) => {
  const admin = await browser.newContext({ storageState: editorAccounts.state("admin") });
  const page = await admin.newPage();
  await page.goto("/admin/users");
  const email = `new-${Date.now().toString(36)}@e2e.example.org`;
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Role", { exact: true }).selectOption("editor");
  await page.getByRole("button", { name: "Create the account" }).click();
  const password = (await page.locator("dd code").nth(1).textContent()) ?? "";
  expect(password.length).toBeGreaterThanOrEqual(20);
  await page.goto("/admin/audit");
  await expect(page.getByRole("row").filter({ hasText: email })).toContainText("create-user");
  await admin.close();

  const fresh = await browser.newContext();
  const newcomer = await fresh.newPage();
  await newcomer.goto("/admin/login");
  await newcomer.getByLabel("Email address").fill(email);
  await newcomer.getByLabel("Password").fill(password);
  await newcomer.getByRole("button", { name: "Sign in" }).click();
  await expect(newcomer).toHaveURL(/\/admin\/account$/);
  await newcomer.goto("/admin/profiles/germany/en");
  await expect(newcomer).toHaveURL(/\/admin\/account$/);
  await newcomer.getByLabel("Current password").fill(password);
  await newcomer.getByLabel(/New password/).fill("a password of my own choosing");
  await newcomer.getByRole("button", { name: "Change your password" }).click();
  await expect(newcomer.getByRole("status")).toHaveText("Your password has been changed.");
  await newcomer.goto("/admin/profiles/germany/en");
  await expect(newcomer.getByRole("heading", { level: 1 }).first()).toContainText("Germany");
  await fresh.close();
});

test("editors see what readers searched for without finding anything", async ({ browser, request }) => {
  const nothing = `zqxnothing${Date.now().toString(36)}`;
  const response = await request.get(`/api/search?q=${nothing}&locale=fr`, { headers: { "X-Forwarded-For": "198.51.100.20" } });
  expect((await response.json()).total).toBe(0);
  const editor = await browser.newContext({ storageState: editorAccounts.state("editor") });
  const page = await editor.newPage();
  await expect(async () => {
    await page.goto("/admin/search-misses");
    await expect(page.getByRole("row").filter({ hasText: nothing })).toContainText("Français");
  }).toPass({ timeout: 5000 });
  await expectNoAxeViolations(page);
  await editor.close();
});
