import { expect, test, type Page } from "@playwright/test";

// Reading pages come from the page cache with their own Content-Security-Policy (hashes of their inline scripts);
// pages that answer a query render per request with a nonce. Either way: no violation, and the page hydrates.
const templates = [
  ["home", "/en"],
  ["hub", "/fr/visas"],
  ["pathway", "/ar/pathways/eu-blue-card"],
  ["guide", "/en/guides/applying-from-abroad"],
  ["glossary", "/uk/glossary"],
  ["information page", "/es/accessibility"],
  ["country list", "/en/countries"],
  ["country list filtered", "/en/countries?q=ger"],
  ["country page", "/pt/countries/germany"],
  ["recent changes", "/en/updates"],
  ["search results", "/en/search?q=visa"],
  ["404 page", "/en/no-such-page"],
] as const;

/** A word that finds suggestions in each language's index. */
const queryIn: Record<string, string> = { en: "blue card", fr: "visa", es: "visado", pt: "visto", ar: "تأشيرة", uk: "віза" };

async function recordPolicyViolations(page: Page) {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener("securitypolicyviolation", (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
}

for (const [template, path] of templates) {
  test(`${template}: strict CSP without violation, and the page hydrates`, async ({ page }) => {
    await recordPolicyViolations(page);
    const consoleErrors: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error" && /Content Security Policy/i.test(message.text())) consoleErrors.push(message.text());
    });
    const response = await page.goto(path);
    const policy = response!.headers()["content-security-policy"] ?? "";
    const scriptSrc = policy.split(";").find((directive) => directive.trim().startsWith("script-src")) ?? "";
    expect(scriptSrc).toMatch(/'(sha256-[A-Za-z0-9+/=]+|nonce-[A-Za-z0-9+/=]+)'/);
    expect(scriptSrc).not.toMatch(/unsafe-inline|unsafe-eval/);

    // Hydrated: the header search box has become a combobox that suggests pages as one types.
    const box = page.getByRole("combobox").first();
    await box.fill(queryIn[path.split("/")[1]!]!);
    await expect(page.getByRole("listbox").first()).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
}

test("reading pages can be held by shared caches and answer a conditional request with 304", async ({ request }) => {
  const guidance = await request.get("/en/guides/applying-from-abroad");
  expect(guidance.status()).toBe(200);
  expect(guidance.headers()["cache-control"]).toMatch(/^public, .*s-maxage=\d+.*stale-while-revalidate=\d+/);
  const etag = guidance.headers()["etag"];
  expect(etag).toBeTruthy();
  const again = await request.get("/en/guides/applying-from-abroad", { headers: { "If-None-Match": etag! } });
  expect(again.status()).toBe(304);

  const country = await request.get("/en/countries/germany");
  expect(country.headers()["cache-control"]).toBe("public, max-age=0, s-maxage=60, stale-while-revalidate=30");
  expect(country.headers()["x-passage-database-content"]).toBeUndefined();
  const countryAgain = await request.get("/en/countries/germany", { headers: { "If-None-Match": country.headers()["etag"]! } });
  expect(countryAgain.status()).toBe(304);

  for (const privatePath of ["/en/search?q=visa", "/api/search?q=visa&locale=en", "/admin/login"]) {
    const response = await request.get(privatePath);
    expect(response.headers()["cache-control"], privatePath).toMatch(/no-store/);
  }
});

test("a page never requested since the server started is served from the cache its warm-up filled", async ({ request }) => {
  test.setTimeout(330_000);
  await expect.poll(async () => (await (await request.get("/api/health")).json()).pageCache, { timeout: 300_000 }).toBe("warm");
  const response = await request.get("/uk/countries/slovenia");
  expect(response.status()).toBe(200);
  expect(response.headers()["x-passage-cache"]).toBe("ready");
});

test("a ready copy answers exactly as Next does from its cache, and no reading page sets a cookie", async ({ request }) => {
  // Next streams a compressed body (chunked); a ready copy knows its length.
  const ignored = new Set([
    "date",
    "x-nextjs-cache",
    "x-nextjs-prerender",
    "x-nextjs-stale-time",
    "x-passage-cache",
    "connection",
    "keep-alive",
    "content-length",
    "transfer-encoding",
  ]);
  const headersOf = (response: { headers(): Record<string, string> }) =>
    Object.fromEntries(Object.entries(response.headers()).filter(([name]) => !ignored.has(name)));
  for (const path of ["/en/guides/applying-from-abroad", "/ar/countries/germany", "/fr/countries", "/uk"]) {
    const ready = await request.get(path);
    // A query string (ignored by these pages) takes the request through Next's own handling.
    const fromNext = await request.get(`${path}?via=next`);
    expect(ready.headers()["x-passage-cache"], path).toBe("ready");
    expect(fromNext.headers()["x-nextjs-cache"], path).toBe("HIT");
    expect(headersOf(ready), path).toEqual(headersOf(fromNext));
    expect(await ready.text(), path).toBe(await fromNext.text());
    expect(ready.headers()["set-cookie"], path).toBeUndefined();
  }
});

// Next 16 answers notFound() with an empty `__next_error__` shell (vercel/next.js#62228), which is why our 404s are
// rendered internally (lib/http/not-found.ts). This test fails once Next renders the localized not-found page itself:
// then the workaround can go.
test("upstream: Next's own notFound() response is still the empty shell", async ({ request }) => {
  const response = await request.get("/en/internal-404");
  expect(response.status()).toBe(404);
  const html = await response.text();
  expect(html).toContain("__next_error__");
  expect(html).not.toContain("<h1");
});
