// The editors' flow end to end: an editor changes Germany in English with the live preview and submits it, a reviewer
// publishes it, the public page and the Atom feed show it. Plus refusals over HTTP and axe on the editor and profiles.
import { expect, test, type Browser, type Locator, type Page } from "@playwright/test";
import { codeAt, editorAccounts, enterPassword, readEditorAccounts, signInWithCode } from "./editors";
import { expectNoAxeViolations } from "./support";

/** The editor submits the revision just saved (its number in the page's address); a reviewer publishes it. */
async function submitAndPublish(browser: Browser, page: Page, profile: string, changeSummary: string) {
  const number = Number(new URL(page.url()).searchParams.get("saved"));
  await page.getByLabel("What changed, in one line for readers").fill(changeSummary);
  await page.getByRole("button", { name: `Submit revision ${number} for review` }).click();
  await expect(page.getByTestId("latest-status")).toHaveText("in review");
  await page.context().close();
  const reviewer = await browser.newContext({ storageState: editorAccounts.state("reviewer") });
  const review = await reviewer.newPage();
  await review.goto(profile);
  const clicked = Date.now();
  await review.getByRole("button", { name: `Publish revision ${number}` }).click();
  await expect(review.getByTestId("latest-status")).toHaveText("published");
  const published = Date.now();
  console.log(`publishing took ${published - clicked} ms`);
  await reviewer.close();
  return { number, published };
}

test("an editor edits Germany, a reviewer publishes, readers see it within 5 s and the feed lists it", async ({ browser, request }) => {
  const marker = `zqx${Date.now().toString(36)}`;
  const stamp = `Checked by the e2e editor ${marker}.`;
  // The content API's answer is cached before the publish, and must not outlive it.
  const before = await request.get("/api/v1/pages/en/countries/germany");
  expect(await before.text()).not.toContain(marker);
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
  const summary = `Updated the overview (${marker}).`;
  const { number, published } = await submitAndPublish(browser, page, "/admin/profiles/germany/en", summary);

  await expect(async () => {
    const html = await (await request.get("/en/countries/germany")).text();
    expect(html).toContain(stamp);
  }).toPass({ timeout: 5000, intervals: [100, 250, 500] });
  console.log(`public page showed the change ${Date.now() - published} ms after publishing`);
  await expect(async () => {
    const api = await request.get("/api/v1/pages/en/countries/germany", { headers: { "If-None-Match": before.headers()["etag"]! } });
    expect(api.status()).toBe(200);
    expect(await api.text()).toContain(stamp);
    expect((await (await request.get("/api/v1/countries/en/germany")).json()).revision).toBe(number);
  }).toPass({ timeout: 5000, intervals: [100, 250, 500] });

  // The search index entry is replaced right after the publish answers.
  await expect(async () => {
    const search = await request.get(`/api/search?q=${marker}&locale=en`);
    expect(search.status()).toBe(200);
    expect(JSON.stringify(await search.json())).toContain("/en/countries/germany");
  }).toPass({ timeout: 15_000, intervals: [250, 500, 1000] });

  const feed = await request.get("/en/updates.xml");
  expect(feed.headers()["content-type"]).toContain("application/atom+xml");
  const xml = await feed.text();
  expect(xml).toContain(`Germany: revision ${number} published`);
  expect(xml).toContain("/en/countries/germany");
  expect(xml).toContain(summary);

  // Germany's own feed, and the feed of a pathway that applies in Germany, list the publish with its summary; the feed of
  // a pathway is linked from its page.
  for (const path of ["/en/countries/germany/updates.xml", "/en/pathways/eu-blue-card/updates.xml"]) {
    const answer = await request.get(path);
    expect(answer.status(), path).toBe(200);
    expect(answer.headers()["content-type"]).toContain("application/atom+xml");
    const entries = await answer.text();
    expect(entries, path).toContain(`Germany: revision ${number} published`);
    expect(entries, path).toContain(summary);
  }
  expect(await (await request.get("/en/countries/austria/updates.xml")).text()).not.toContain(summary);
  const pathway = await (await request.get("/en/pathways/eu-blue-card")).text();
  expect(pathway).toMatch(/<link rel="alternate" type="application\/atom\+xml"[^>]*href="[^"]*\/en\/pathways\/eu-blue-card\/updates\.xml"/);
  expect(await (await request.get("/en/updates")).text()).toContain(summary);
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
  // "Keep my version" saves the text on top of their revision.
  await b.getByRole("button", { name: /Keep my version/ }).click();
  await expect(b).toHaveURL(/\?saved=\d+$/);
  await expect(b.getByLabel("Text (MDX)")).toHaveValue(/Second editor, not lost/);
  await first.close();
  await second.close();
});

/** The fields a form would post to its server action, hidden ones included (the action's id and bound state). */
async function formFields(page: Page, form: Locator): Promise<Record<string, string>> {
  const entries = await form.evaluate((element: HTMLFormElement) =>
    [...new FormData(element)].map(([name, value]) => [name, String(value)]),
  );
  return Object.fromEntries(entries);
}

/** An admin's session on the accounts page, with the fields of the form that would make `role` an admin. */
async function adminRoleForm(browser: Browser, role: "editor" | "reviewer") {
  const email = readEditorAccounts()[role].email;
  const admin = await browser.newContext({ storageState: editorAccounts.state("admin") });
  const page = await admin.newPage();
  await page.goto("/admin/users");
  const form = page.getByRole("row").filter({ hasText: email }).locator("form").first();
  return { admin, page, email, fields: { ...(await formFields(page, form)), role: "admin" } };
}

/** The role select of one account on the admins' page, as an admin sees it. */
async function roleOf(page: Page, email: string) {
  await page.goto("/admin/users");
  return page.getByRole("row").filter({ hasText: email }).getByRole("combobox").inputValue();
}

test("server actions refuse anonymous, cross-site and origin-less posts, and change nothing", async ({ browser, playwright, baseURL }) => {
  // The admin's own form to make the e2e editor an admin, posted over HTTP as others would post it.
  const { admin, page, email, fields } = await adminRoleForm(browser, "editor");
  expect(Object.keys(fields).some((name) => name.startsWith("$ACTION"))).toBe(true);

  const anonymous = await playwright.request.newContext({ baseURL });
  const noSession = await anonymous.post("/admin/users", { multipart: fields, headers: { Origin: baseURL! }, maxRedirects: 0 });
  // The action refuses (no session); the page then sends the caller to the sign-in page.
  expect(noSession.status()).toBeGreaterThanOrEqual(300);
  expect(noSession.headers().location ?? "").toContain("/admin/login");
  // Next.js itself aborts a server action whose Origin is not the site's host (it answers 500, before our code runs).
  const crossSite = await admin.request.post("/admin/users", { multipart: fields, headers: { Origin: "https://evil.example" } });
  expect(crossSite.ok()).toBe(false);
  // Without an Origin (or Referer), Next.js lets the action run: adminAction refuses it with the session still valid.
  const noOrigin = await admin.request.post("/admin/users", { multipart: fields });
  expect(noOrigin.status()).toBe(200);
  const html = await noOrigin.text();
  expect(html).toContain('data-status="403"');
  expect(html).toContain("Refused: the request did not come from this site");
  expect(await roleOf(page, email)).toBe("editor");

  // The same post from the admin's own page does change the role (so the refusals above were not a broken form).
  const sameSite = await admin.request.post("/admin/users", { multipart: { ...fields, role: "reviewer" }, headers: { Origin: baseURL! } });
  expect(sameSite.status()).toBeLessThan(400);
  expect(await roleOf(page, email)).toBe("reviewer");
  const restore = await admin.request.post("/admin/users", { multipart: { ...fields, role: "editor" }, headers: { Origin: baseURL! } });
  expect(restore.status()).toBeLessThan(400);
  expect(await roleOf(page, email)).toBe("editor");
  await anonymous.dispose();
  await admin.close();
});

test("server actions refuse the wrong role and malformed input (a 400 in the form's answer), and change nothing", async ({
  browser,
  baseURL,
}) => {
  const { admin, page: adminPage, email, fields } = await adminRoleForm(browser, "reviewer");

  const editor = await browser.newContext({ storageState: editorAccounts.state("editor") });
  const headers = { Origin: baseURL! };
  // An editor posting the admins' form: refused by the action, and the page itself is not theirs to see.
  const wrongRole = await editor.request.post("/admin/users", { multipart: fields, headers });
  expect(await wrongRole.text()).toContain("Not allowed");
  expect(await roleOf(adminPage, email)).toBe("reviewer");

  // The editor's own save form without its locale: refused as malformed, with the message on the page, nothing saved.
  const page = await editor.newPage();
  await page.goto("/admin/profiles/germany/en");
  const saveForm = page.locator("form").filter({ has: page.getByLabel("Text (MDX)") });
  const before = await page.getByTestId("latest-status").textContent();
  const latest = await saveForm.locator('input[name="baseRevisionId"]').inputValue();
  const save = await formFields(page, saveForm);
  delete save.locale;
  const malformed = await editor.request.post("/admin/profiles/germany/en", { multipart: save, headers });
  expect(malformed.status()).toBe(200);
  const html = await malformed.text();
  expect(html).toMatch(/id="save-message"[^>]*data-status="400"/);
  expect(html).toContain("Nothing was done: the form is not valid.");
  await page.reload();
  expect(await saveForm.locator('input[name="baseRevisionId"]').inputValue()).toBe(latest);
  expect(await page.getByTestId("latest-status").textContent()).toBe(before);
  await editor.close();
  await admin.close();
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

test("an editor edits a route of the Netherlands, a reviewer publishes, the route page and search show it within 5 s", async ({
  browser,
  request,
}) => {
  const marker = `zqr${Date.now().toString(36)}`;
  const summary = `Highly qualified graduates with a Dutch job offer, edited by the e2e editor ${marker}.`;
  const editor = await browser.newContext({ storageState: editorAccounts.state("editor") });
  const page = await editor.newPage();
  // From the matrix to the route's editor.
  await page.goto("/admin/routes");
  await page.getByRole("link", { name: /Edit EU Blue Card in Netherlands/ }).click();
  await expect(page).toHaveURL(/\/admin\/profiles\/netherlands\/en\?route=eu-blue-card$/);
  await page.getByLabel("One-line summary").fill(summary);
  // The preview is the public route page's component, with the text being typed.
  await expect(page.locator("#live-preview")).toContainText(marker);
  await page.getByRole("button", { name: "Save as a new revision" }).click();
  await expect(page).toHaveURL(/\?route=eu-blue-card&saved=\d+$/);
  await expect(page.getByLabel("One-line summary")).toHaveValue(summary);
  const { published } = await submitAndPublish(
    browser,
    page,
    "/admin/profiles/netherlands/en",
    `Rewrote the EU Blue Card route (${marker}).`,
  );

  await expect(async () => {
    const html = await (await request.get("/en/countries/netherlands/eu-blue-card")).text();
    expect(html).toContain(marker);
  }).toPass({ timeout: 5000, intervals: [100, 250, 500] });
  await expect(async () => {
    const search = await request.get(`/api/search?q=${marker}&locale=en`);
    expect(search.status()).toBe(200);
    expect(JSON.stringify(await search.json())).toContain("/en/countries/netherlands/eu-blue-card");
  }).toPass({ timeout: 5000, intervals: [100, 250, 500] });
  console.log(`route page and search showed the change ${Date.now() - published} ms after publishing`);
});

test("a figure without the date it was checked is refused next to its field, without JavaScript too", async ({ browser }) => {
  const context = await browser.newContext({ storageState: editorAccounts.state("editor"), javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/admin/profiles/belgium/en?route=short-stay-visa");
  const checked = page.locator('[name="routes.short-stay-visa.figures.0.checked"]');
  await checked.fill("");
  await page.getByRole("button", { name: "Save as a new revision" }).click();
  await expect(page.locator("#save-message")).toBeVisible();
  await expect(page.locator("#error-routes-short-stay-visa-figures-0-checked")).toContainText("the date it was checked");
  await expect(checked).toHaveAttribute("aria-invalid", "true");
  await context.close();
});

for (const path of ["/admin/routes", "/admin/profiles/germany/en?route=eu-blue-card", "/admin/profiles/germany/ar?route=eu-blue-card"]) {
  test(`axe finds nothing on ${path}`, async ({ browser }) => {
    const context = await browser.newContext({ storageState: editorAccounts.state("editor") });
    const page = await context.newPage();
    await page.goto(path);
    if (path === "/admin/routes") {
      await expect(page.getByRole("table", { name: "Status of each route per country, with gaps and review dates" })).toBeVisible();
      await expect(page.getByRole("rowheader", { name: "Germany" })).toBeVisible();
    } else await expect(page.locator("#live-preview h1")).toBeVisible();
    await expectNoAxeViolations(page);
    await context.close();
  });
}

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
  test("an editor signs in, a refused save shows its errors next to the fields and keeps the text, then it saves", async ({ page }) => {
    await signInWithCode(page, readEditorAccounts().editor);
    await expect(page).toHaveURL(/\/admin$/);
    await page.goto("/admin/profiles/belgium/en");
    const body = page.getByLabel("Text (MDX)");
    const address = page.getByLabel("Web address (https://)").first();
    const original = await address.inputValue();
    const marker = `Saved without a script ${Date.now()}.`;
    await body.fill(`${await body.inputValue()}\n\n${marker}`);
    await address.fill("javascript:alert(1)");
    await page.getByRole("button", { name: "Save as a new revision" }).click();
    await expect(page.locator("#save-message")).toContainText("Nothing was saved");
    await expect(page.locator("#error-authority-url")).toBeVisible();
    await expect(body).toHaveValue(new RegExp(marker));
    await page.getByLabel("Web address (https://)").first().fill(original);
    await page.getByRole("button", { name: "Save as a new revision" }).click();
    await expect(page).toHaveURL(/\?saved=\d+$/);
    await expect(page.getByLabel("Text (MDX)")).toHaveValue(new RegExp(marker));
  });

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
  // The first sign-in enrols an authenticator app, then asks for a password of the newcomer's own.
  await enterPassword(newcomer, { email, password });
  await expect(newcomer).toHaveURL(/\/admin\/login\/enrol$/);
  const secret = (await newcomer.getByTestId("totp-secret").textContent())!.replace(/\s/g, "");
  await newcomer.getByLabel("Authentication code").fill(codeAt(secret, Date.now()));
  await newcomer.getByRole("button", { name: "Confirm" }).click();
  await expect(newcomer.getByRole("status").locator("li")).toHaveCount(10);
  await newcomer.getByRole("link", { name: "Continue to the back office" }).click();
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
