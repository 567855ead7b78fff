// What security researchers look for: /.well-known/security.txt (RFC 9116) and the disclosure policy in every language,
// both served from cache like the other information pages.
import { expect, test } from "@playwright/test";
import { parseSecurityTxt } from "../lib/site/security-txt";
import { expectNoAxeViolations } from "./support";

test("security.txt has Contact, Expires (in the future), Preferred-Languages, Canonical and Policy", async ({ request, baseURL }) => {
  const response = await request.get("/.well-known/security.txt");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("text/plain; charset=utf-8");
  expect(response.headers()["cache-control"]).toMatch(/^public, /);
  const fields = parseSecurityTxt(await response.text());
  expect(fields.get("contact")?.[0]).toMatch(/^(mailto:|https:\/\/)/);
  const expires = Date.parse(fields.get("expires")![0]!);
  expect(expires).toBeGreaterThan(Date.now());
  expect(expires).toBeLessThan(Date.now() + 366 * 24 * 60 * 60 * 1000);
  expect(fields.get("preferred-languages")).toEqual(["en, fr, es, pt, ar, uk"]);
  expect(fields.get("canonical")).toEqual([`${baseURL}/.well-known/security.txt`]);
  const policy = fields.get("policy")![0]!;
  expect(policy).toBe(`${baseURL}/en/security`);
  expect((await request.get(new URL(policy).pathname)).status()).toBe(200);
  // Served over plain http here: no Strict-Transport-Security (it is sent when SITE_URL is https).
  expect(response.headers()["strict-transport-security"]).toBeUndefined();
});

const titles = {
  en: "Reporting a security problem",
  fr: "Signaler un problème de sécurité",
  es: "Cómo informar de un problema de seguridad",
  pt: "Comunicar um problema de segurança",
  ar: "الإبلاغ عن مشكلة أمنية",
  uk: "Як повідомити про проблему безпеки",
} as const;

for (const [locale, title] of Object.entries(titles)) {
  test(`the disclosure policy in ${locale}: served from cache, with where to report`, async ({ page, request }) => {
    const first = await request.get(`/${locale}/security`);
    expect(first.status()).toBe(200);
    expect(first.headers()["cache-control"]).toMatch(/^public, .*s-maxage=/);
    const response = await page.goto(`/${locale}/security`);
    // Next sends s-maxage only for a page served from its cache (see lib/http/cache-control.ts).
    expect(response?.headers()["cache-control"]).toMatch(/s-maxage=/);
    await expect(page.locator("html")).toHaveAttribute("lang", locale);
    await expect(page.locator("html")).toHaveAttribute("dir", locale === "ar" ? "rtl" : "ltr");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
    await expect(page.locator('article a[href^="mailto:"]')).toHaveText(/^security@/);
    await expect(page.locator(`footer a[href="/${locale}/security"]`)).toBeVisible();
    if (locale === "en" || locale === "ar") await expectNoAxeViolations(page);
  });
}
