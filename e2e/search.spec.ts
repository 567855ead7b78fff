import { expect, test, type APIResponse } from "@playwright/test";

// Each test that calls the API directly uses its own client address, so the per-address rate limit does not mix them.
// The e2e portal trusts one proxy hop (TRUSTED_PROXY_HOPS=1 in playwright.config.ts): these tests play that proxy.
const from = (address: string) => ({ "X-Forwarded-For": address });

test("the search API answers with site-relative hits and facets", async ({ request }) => {
  const response = await request.get("/api/search?q=blue%20card&locale=en", { headers: from("198.51.100.1") });
  expect(response.status()).toBe(200);
  const body = await response.json();
  expect(body).toMatchObject({ query: "blue card", locale: "en" });
  expect(body.total).toBeGreaterThan(0);
  expect(body.hits[0].url).toMatch(/^\/en\/[a-z-]+/);
  expect(Object.keys(body.hits[0]).sort()).toEqual(["locale", "section", "snippet", "title", "type", "url"]);
  expect(body.facets.type).toBeTruthy();
  const section = body.hits.find((hit: { url: string }) => hit.url.includes("#"));
  expect(section, "a section-level hit").toBeTruthy();
});

for (const [query, message] of [
  ["q=visa", /locale is required/],
  ["q=visa&locale=xx", /locale must be one of/],
  [`q=${"a".repeat(201)}&locale=en`, /at most 200 characters/],
  ["q=visa&locale=en&page=0", /page must be a whole number/],
  ["q=visa&locale=en&page=abc", /page must be a whole number/],
  ["q=visa&locale=en&type=blog", /type must be one of/],
  ["q=visa&locale=en&debug=1", /Unknown parameter: debug/],
  ["locale=en", /q is required/],
] as const) {
  test(`bad input is a 400 with a message: ${query.slice(0, 40)}`, async ({ request }) => {
    const response = await request.get(`/api/search?${query}`, { headers: from("198.51.100.2") });
    expect(response.status()).toBe(400);
    expect((await response.json()).error).toMatch(message);
  });
}

test("the search API is rate-limited per client address", async ({ request }) => {
  let limited: APIResponse | undefined;
  for (let i = 0; i < 80 && !limited; i++) {
    const response = await request.get("/api/search?q=visa&locale=en", { headers: from("198.51.100.3") });
    if (response.status() === 429) limited = response;
  }
  expect(limited, "a 429 after the limit").toBeTruthy();
  expect(Number(limited!.headers()["retry-after"])).toBeGreaterThan(0);
  expect((await limited!.json()).error).toMatch(/Too many searches/);
  expect((await request.get("/api/search?q=visa&locale=en", { headers: from("198.51.100.4") })).status()).toBe(200);
});

test("a different forged X-Forwarded-For on each request does not escape the limit", async ({ request }) => {
  // A client behind the proxy makes up a new address for each request (and its own copy of the server's client header);
  // the proxy appends the address it really saw, and only that one counts. SEARCH_RATE_LIMIT is 60 in e2e.
  // An address of its own on each run: the counters outlive a run by their one-minute window.
  const address = `2001:db8::9:${Date.now().toString(16).slice(-4)}`;
  let firstRefused = -1;
  for (let i = 0; i < 80 && firstRefused < 0; i++) {
    const response = await request.get("/api/search?q=visa&locale=en", {
      headers: { "X-Forwarded-For": `10.${i}.${i}.1, ${address}`, "X-Passage-Client": `203.0.113.${i}` },
    });
    if (response.status() === 429) firstRefused = i;
    else expect(response.status()).toBe(200);
  }
  expect(firstRefused, "the 61st request is refused").toBe(60);
});

test("a query that looks like HTML is shown as text, never run", async ({ page }) => {
  let dialog = false;
  page.on("dialog", async (d) => {
    dialog = true;
    await d.dismiss();
  });
  const q = "<img src=x onerror=alert(1)>";
  await page.goto(`/en/search?q=${encodeURIComponent(q)}`);
  await expect(page.locator("#search-page-query")).toHaveValue(q);
  expect(await page.locator("main img").count()).toBe(0);
  expect(dialog).toBe(false);
});

test("results have facets as links and mark the matched words", async ({ page }) => {
  await page.goto("/en/search?q=apostille");
  await expect(page.locator("#results")).toContainText("apostille");
  // The boxes hold the query, but suggestions open only when the reader types (never over the results on load).
  await page.waitForLoadState("networkidle");
  await page.waitForTimeout(500);
  await expect(page.getByRole("listbox")).toHaveCount(0);
  await expect(page.locator("main mark").first()).toBeVisible();
  await page
    .getByRole("navigation", { name: "Show" })
    .getByRole("link", { name: /^Guides/ })
    .click();
  await expect(page).toHaveURL(/type=guide/);
  await expect(page.locator("main ol li").first()).toContainText("Guide");
});

test("a search with no result suggests where to start", async ({ page }) => {
  await page.goto("/fr/search?q=zzzxqqq");
  await expect(page.locator("main")).toContainText("Nous n’avons rien trouvé");
  await expect(page.locator('main a[href="/fr/visas"]')).toHaveText("Visas et séjour");
  expect(await page.locator('main a[href^="/fr/pathways/"]').count()).toBeGreaterThan(0);
});

test("the header search box is a combobox usable with the keyboard only", async ({ page }) => {
  await page.goto("/en");
  const box = page.getByRole("combobox", { name: "Search Passage" });
  for (let i = 0; i < 6 && !(await box.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press("Tab");
  await expect(box).toBeFocused();
  await page.keyboard.type("blue card");
  const listbox = page.getByRole("listbox", { name: "Suggestions" });
  await expect(listbox).toBeVisible();
  await expect(box).toHaveAttribute("aria-expanded", "true");
  await expect(page.getByRole("status").filter({ hasText: /suggestion/ })).toHaveText(/\d+ suggestions?, use the arrow keys/);
  await page.keyboard.press("ArrowDown");
  const first = listbox.getByRole("option").first();
  await expect(first).toHaveAttribute("aria-selected", "true");
  await expect(box).toHaveAttribute("aria-activedescendant", (await first.getAttribute("id"))!);
  await page.keyboard.press("Escape");
  await expect(listbox).toBeHidden();
  await page.keyboard.press("ArrowDown");
  await expect(listbox).toBeVisible();
  const target = await listbox.getByRole("option").first().locator("span").first().textContent();
  await page.keyboard.press("Enter");
  await expect(page).not.toHaveURL(/\/en$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(target!.trim());
});

test("a misspelt short word with no result shows the results of its closest spelling, and says so", async ({ page, request }) => {
  // The API answers with the suggestion alone; the page shows its results straight away.
  const body = await (await request.get("/api/search?q=vsa&locale=en", { headers: from("198.51.100.5") })).json();
  expect(body).toMatchObject({ total: 0, suggestion: "visa" });
  await page.goto("/en/search?q=vsa");
  await expect(page.locator("main")).toContainText("Nothing matched “vsa”, so these are the results for “visa”, the closest spelling.");
  await expect(page.locator("#results")).toContainText(/\d+ results? for “visa”/);
  await expect(page.locator("main ol li").first()).toContainText(/visa/i);
  // Its filters and pages carry on with the spelling shown.
  const filter = page.getByRole("navigation", { name: "Show" }).getByRole("link").first();
  await expect(filter).toHaveAttribute("href", /[?&]q=visa(&|$)/);
});
