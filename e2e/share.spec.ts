import jsQR from "jsqr";
import { PNG } from "pngjs";
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support";

const page = "/pathways/eu-blue-card";
const section = "who-can-apply";
const sharePath = (locale: string, extra = `&section=${section}`) => `/${locale}/share?page=${encodeURIComponent(page)}${extra}`;
const handoutPath = (locale: string) => `/${locale}/handout?page=${encodeURIComponent(page)}&section=${section}`;

/** The text a QR code in a PNG image holds, decoded with jsQR (null when there is no readable code). */
function decodeQr(png: Buffer): string | null {
  const image = PNG.sync.read(png);
  return jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data ?? null;
}

async function expectImageLoaded(p: Page, selector: string) {
  const image = p.locator(selector);
  await expect(image).toBeVisible();
  await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
}

test("the QR code of a section decodes to that section's URL, as SVG on the share page and as PNG", async ({
  page: p,
  baseURL,
  request,
}) => {
  const expected = `${baseURL}/en${page}#${section}`;
  await p.goto(sharePath("en"));
  await expectImageLoaded(p, "img.share-qr");
  expect(decodeQr(await p.locator("img.share-qr").screenshot())).toBe(expected);

  const pngHref = await p.locator('a[download$=".png"]').getAttribute("href");
  const png = await request.get(pngHref!);
  expect(png.status()).toBe(200);
  expect(png.headers()["content-type"]).toBe("image/png");
  expect(decodeQr(await png.body())).toBe(expected);

  const svg = await request.get(`/api/v1/qr?url=${encodeURIComponent(`/en${page}#${section}`)}`);
  expect(svg.headers()["content-type"]).toContain("image/svg+xml");
  expect(await svg.text()).not.toContain("style=");
});

test("the QR endpoint draws only this site's paths: anything else is a 400 with a message", async ({ request }) => {
  for (const url of ["https://evil.example/", "//evil.example/x", "javascript:alert(1)", ""]) {
    const response = await request.get(`/api/v1/qr?url=${encodeURIComponent(url)}`);
    expect(response.status(), url).toBe(400);
    expect((await response.json()).error).toBeTruthy();
  }
  expect((await request.get("/api/v1/qr?url=/en&format=gif")).status()).toBe(400);
});

test("without JavaScript a heading's share link leads to the share page, with the QR code, downloads and handout", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const p = await context.newPage();
  await p.goto(`/en${page}`);
  await expect(p.locator(`h2#${section} a[href="#${section}"]`)).toBeVisible();
  await p.locator(`h2#${section} a.share-toggle`).click();
  await expect(p).toHaveURL(/\/en\/share\?page=%2Fpathways%2Feu-blue-card&section=who-can-apply$/);
  await expect(p.getByRole("heading", { level: 1 })).toContainText("Who it is for");
  await expectImageLoaded(p, "img.share-qr");
  await expect(p.locator('a[download$=".svg"]')).toBeVisible();
  await p.getByRole("link", { name: "Print a handout" }).click();
  await expect(p).toHaveURL(/\/en\/handout\?/);
  await expect(p.locator(".handout h1")).toHaveText("Who it is for");
  await context.close();
});

test("unknown pages and sections are 404 pages with a message; a malformed query is a 400", async ({ page: p }) => {
  let response = await p.goto(`/en/share?page=${encodeURIComponent("/pathways/no-such-pathway")}`);
  expect(response?.status()).toBe(404);
  await expect(p.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  response = await p.goto(`/en/handout?page=${encodeURIComponent(page)}&section=no-such-section`);
  expect(response?.status()).toBe(404);
  await expect(p.getByRole("link", { name: "Go to the page" })).toHaveAttribute("href", `/en${page}`);
  response = await p.goto(`/fr/share?page=${encodeURIComponent("https://evil.example/")}`);
  expect(response?.status()).toBe(400);
  await expect(p.getByRole("heading", { level: 1 })).toHaveText("Ce lien de partage n’est pas valide");
  response = await p.goto(`/en/share?page=${encodeURIComponent("/countries/no-such-country")}`);
  expect(response?.status()).toBe(404);
});

for (const locale of ["en", "ar"] as const) {
  test(`the handout of a section in ${locale}: its text, URL, QR code and review date, on A4`, async ({ page: p, baseURL }) => {
    const response = await p.goto(handoutPath(locale));
    expect(response?.status()).toBe(200);
    await expect(p.locator("html")).toHaveAttribute("lang", locale);
    await expect(p.locator("html")).toHaveAttribute("dir", locale === "ar" ? "rtl" : "ltr");
    const handout = p.locator(".handout");
    await expect(handout.locator("h1")).toHaveText(locale === "ar" ? "لمن هذا المسار؟" : "Who it is for");
    await expect(handout).toContainText(`${baseURL}/${locale}${page}#${section}`);
    await expect(handout.locator("time[datetime]").first()).toHaveAttribute("datetime", /^\d{4}-\d{2}-\d{2}$/);
    await expect(handout.locator("#handout-sources + ol li").first()).toContainText("https://");
    await expectImageLoaded(p, ".handout-link img");
    expect(decodeQr(await p.locator(".handout-link img").screenshot())).toBe(`${baseURL}/${locale}${page}#${section}`);
    await expectNoAxeViolations(p);

    await p.emulateMedia({ media: "print" });
    await expect(p.locator("body > * header, header").first()).toBeHidden();
    await expect(handout.locator(".handout-link img")).toBeVisible();
    await expect(handout).toContainText(`${baseURL}/${locale}${page}#${section}`);
    const pdf = await p.pdf({ format: "A4", preferCSSPageSize: true });
    const boxes = [...pdf.toString("latin1").matchAll(/\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/g)];
    expect(boxes.length).toBeGreaterThan(0);
    expect(boxes.length, "a section's handout fits on two pages").toBeLessThanOrEqual(2);
    for (const [, width, height] of boxes) {
      // A4 is 210 × 297 mm: 595 × 842 points.
      expect(Math.round(Number(width))).toBeGreaterThanOrEqual(594);
      expect(Math.round(Number(width))).toBeLessThanOrEqual(596);
      expect(Math.round(Number(height))).toBeGreaterThanOrEqual(841);
      expect(Math.round(Number(height))).toBeLessThanOrEqual(843);
    }
  });

  test(`the share page in ${locale} is axe clean and in the reader's language`, async ({ page: p }) => {
    const response = await p.goto(sharePath(locale));
    expect(response?.status()).toBe(200);
    await expect(p.locator("html")).toHaveAttribute("dir", locale === "ar" ? "rtl" : "ltr");
    await expect(p.getByRole("heading", { level: 1 })).toContainText(locale === "ar" ? "مشاركة" : "Share");
    await expectNoAxeViolations(p);
  });
}

test("a whole page's handout has its summary, steps and sources", async ({ page: p }) => {
  const response = await p.goto(`/en/handout?page=${encodeURIComponent(page)}`);
  expect(response?.status()).toBe(200);
  await expect(p.locator(".handout h1")).toHaveText("EU Blue Card");
  await expect(p.locator(".handout .lead")).not.toBeEmpty();
  await expect(p.locator(".handout .steps li").first()).toBeVisible();
  await expect(p.locator("#handout-sources")).toBeVisible();
});

test("a country route page's section can be shared too", async ({ page: p }) => {
  const response = await p.goto(`/en/handout?page=${encodeURIComponent("/countries/germany/eu-blue-card")}&section=steps`);
  expect(response?.status()).toBe(200);
  await expect(p.locator(".handout h1")).toHaveText("Steps in order");
  await expect(p.locator(".handout ol li").first()).toBeVisible();
});

test("the share panel works with the keyboard: open, copy the link (announced), Escape closes", async ({ page: p, context, baseURL }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseURL });
  await p.goto(`/en${page}`);
  const heading = p.locator(`h2#${section}`);
  const toggle = heading.getByRole("button", { name: "Share the section “Who it is for”" });
  await expect(toggle).toHaveAttribute("aria-expanded", "false");
  await heading.locator(`a[href="#${section}"]`).focus();
  await p.keyboard.press("Tab");
  await expect(toggle).toBeFocused();
  await p.keyboard.press("Enter");
  await expect(toggle).toHaveAttribute("aria-expanded", "true");
  const panel = p.getByRole("group", { name: "Share “Who it is for”" });
  await expect(panel).toBeVisible();
  const copy = panel.getByRole("button", { name: "Copy link" });
  await expect(copy).toBeFocused();
  await p.keyboard.press("Enter");
  await expect(panel.getByRole("status")).toHaveText("Link copied");
  expect(await p.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/en${page}#${section}`);
  await expectImageLoaded(p, `#${section}-share-panel img`);
  await expect(panel.getByRole("link", { name: "Print a handout" })).toHaveAttribute("href", handoutPath("en"));
  await p.keyboard.press("Escape");
  await expect(panel).toBeHidden();
  await expect(toggle).toBeFocused();
  await expect(toggle).toHaveAttribute("aria-expanded", "false");
});

test("reading pages carry a citation line, link previews and the site's icons", async ({ page: p, request, baseURL }) => {
  await p.goto(`/fr${page}`);
  const cite = p.locator("section:has(#cite)");
  await expect(cite).toContainText(`${baseURL}/fr${page}`);
  await expect(cite).toContainText(/Version [0-9a-f]{8}/);
  await expect(p.locator('meta[property="og:title"]')).toHaveAttribute("content", /Carte bleue européenne|carte bleue/i);
  await expect(p.locator('meta[property="og:locale"]')).toHaveAttribute("content", "fr_FR");
  await expect(p.locator('meta[property="og:url"]')).toHaveAttribute("content", `${baseURL}/fr${page}`);
  expect(await p.locator('meta[property="og:locale:alternate"]').count()).toBe(5);
  await expect(p.locator('meta[name="twitter:card"]')).toHaveAttribute("content", "summary");
  await expect(p.locator('link[rel="icon"]').first()).toHaveAttribute("href", /icon/);
  await expect(p.locator('link[rel="manifest"]')).toHaveAttribute("href", "/manifest.webmanifest");

  const manifest = await request.get("/manifest.webmanifest");
  expect(manifest.status()).toBe(200);
  const icons = (await manifest.json()).icons as { src: string }[];
  for (const icon of icons) expect((await request.get(icon.src)).status(), icon.src).toBe(200);
  expect((await request.get("/favicon.ico")).status()).toBe(200);

  await p.goto("/en/countries/germany");
  await expect(p.locator("section:has(#cite)")).toContainText(/Version \d+/);
});
