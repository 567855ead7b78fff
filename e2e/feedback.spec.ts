// "Was this page useful?": a no-JavaScript answer is stored and reaches the back office (escaped, in the CSV too); with
// JavaScript the thanks appear in place; the honeypot, other sites and the per-client limit are refused; the back office
// page and its export refuse anonymous readers; axe on the form in English and Arabic.
import { expect, test, type APIRequestContext } from "@playwright/test";
import { editorAccounts } from "./editors";
import { expectNoAxeViolations } from "./support";

const PAGE = "/pathways/eu-blue-card";

function post(request: APIRequestContext, baseURL: string, form: Record<string, string>, headers: Record<string, string> = {}) {
  return request.post("/api/feedback", { form, headers: { Origin: baseURL, ...headers }, maxRedirects: 0 });
}

test("a no-JavaScript answer is stored and shows, escaped, in the back office and its CSV export", async ({ browser }) => {
  const marker = `<b>fb${Date.now().toString(36)}</b>`;
  const reader = await browser.newContext({ javaScriptEnabled: false });
  const page = await reader.newPage();
  await page.goto(`/en${PAGE}`);
  const feedback = page.getByRole("region", { name: "Was this page useful?" });
  // "No" opens the reasons without JavaScript (a native disclosure).
  await feedback.getByText("No", { exact: true }).click();
  await feedback.getByLabel("It is out of date").check();
  await feedback.getByLabel(/Anything else/).fill(`The fee table looks old ${marker}`);
  await feedback.getByRole("button", { name: "Send" }).click();
  await expect(page).toHaveURL(/\/en\/feedback\?page=%2Fpathways%2Feu-blue-card$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Thank you for your answer");
  await expect(page.getByRole("link", { name: "Back to the page" })).toHaveAttribute("href", `/en${PAGE}`);
  await reader.close();

  const editor = await browser.newContext({ storageState: editorAccounts.state("editor") });
  const admin = await editor.newPage();
  await admin.goto("/admin/feedback");
  const comment = admin.locator("li", { hasText: marker });
  await expect(comment).toBeVisible();
  await expect(comment).toContainText("It is out of date");
  await expect(admin.locator(`b:text("${marker.replace(/<\/?b>/g, "")}")`)).toHaveCount(0);
  const row = admin.getByRole("row", { name: new RegExp(PAGE) }).filter({ hasText: "English" });
  await expect(row).toBeVisible();
  const csv = await editor.request.get("/admin/feedback/export?days=30");
  expect(csv.status()).toBe(200);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  expect(await csv.text()).toContain(`The fee table looks old ${marker}`);
  // An editor marks it handled.
  await comment.getByRole("button", { name: "Mark as handled" }).click();
  await expect(admin.locator("li", { hasText: marker })).toContainText("Handled by");
  await editor.close();
});

test("with JavaScript the thanks replace the form in place", async ({ page }) => {
  await page.goto(`/fr${PAGE}`);
  const feedback = page.getByRole("region", { name: "Cette page vous a-t-elle été utile ?" });
  const answered = page.waitForResponse((response) => response.url().endsWith("/api/feedback"));
  await feedback.getByRole("button", { name: "Oui" }).click();
  expect((await answered).status()).toBe(201);
  await expect(feedback.getByRole("status")).toHaveText("Merci : votre réponse nous aide à améliorer cette page.");
  await expect(page).toHaveURL(new RegExp(`/fr${PAGE}$`));
});

test("the honeypot, another site, an unknown page and bad input are refused", async ({ request, baseURL }) => {
  const answer = { page: PAGE, locale: "en", answer: "no", reason: "wrong-information" };
  const json = { Accept: "application/json", "X-Forwarded-For": "198.51.100.61" };
  const trap = await post(request, baseURL!, { ...answer, website: "http://spam.example" }, json);
  expect(trap.status()).toBe(400);
  expect((await trap.json()).error).toMatch(/automated/);
  // Without JavaScript the reader lands on a page that says so.
  const plain = await post(request, baseURL!, { ...answer, website: "http://spam.example" }, { "X-Forwarded-For": "198.51.100.61" });
  expect(plain.status()).toBe(400);
  expect(await plain.text()).toContain("looked automated");
  const crossSite = await post(request, "https://evil.example", answer, json);
  expect(crossSite.status()).toBe(403);
  expect((await post(request, baseURL!, { ...answer, page: "/pathways/nowhere" }, json)).status()).toBe(404);
  expect((await post(request, baseURL!, { ...answer, answer: "perhaps" }, json)).status()).toBe(400);
  expect((await post(request, baseURL!, { ...answer, comment: "x".repeat(501) }, json)).status()).toBe(400);
});

test("one client is refused once over its hourly limit; another still answers", async ({ request, baseURL }) => {
  const answer = { page: "/pathways/nowhere", locale: "en", answer: "yes" };
  const from = (address: string) => ({ Accept: "application/json", "X-Forwarded-For": address });
  const client = `198.51.100.${70 + (Date.now() % 100)}`;
  const statuses: number[] = [];
  for (let i = 0; i < 21; i += 1) statuses.push((await post(request, baseURL!, answer, from(client))).status());
  expect(statuses.slice(0, 20)).toEqual(Array(20).fill(404));
  expect(statuses[20]).toBe(429);
  const refused = await post(request, baseURL!, answer, from(client));
  expect(Number(refused.headers()["retry-after"])).toBeGreaterThan(0);
  expect((await post(request, baseURL!, answer, from("203.0.113.250"))).status()).toBe(404);
});

test("the back office's feedback page and CSV export refuse anonymous readers", async ({ playwright, baseURL }) => {
  const anonymous = await playwright.request.newContext({ baseURL });
  const page = await anonymous.get("/admin/feedback", { maxRedirects: 0 });
  expect([303, 307]).toContain(page.status());
  expect(page.headers().location ?? "").toContain("/admin/login");
  const csv = await anonymous.get("/admin/feedback/export?days=90", { maxRedirects: 0 });
  expect(csv.status()).toBe(401);
  expect(await csv.text()).not.toContain("day,page");
  await anonymous.dispose();
});

for (const locale of ["en", "ar"]) {
  test(`the feedback form is axe clean, opened, in ${locale}`, async ({ page }) => {
    await page.goto(`/${locale}${PAGE}`);
    const section = page.locator("section.page-feedback");
    await section.locator("summary").click();
    await expect(section.locator("textarea")).toBeVisible();
    await expectNoAxeViolations(page);
  });
}
