// Two-factor sign-in end to end: a new account enrols (QR code and key on the page), signs out, signs in with its
// password and a code; a wrong code and a reused code are refused; a recovery code works once; an account without a
// second factor reaches no back-office page; axe on the enrolment and second-step pages in English and Arabic.
import { execFileSync } from "node:child_process";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { codeAt, e2ePort, editorAccounts, enterPassword, readEditorAccounts } from "./editors";
import { expectNoAxeViolations } from "./support";

// Each test creates its account with the CLI (a few seconds) before the browser starts.
test.describe.configure({ mode: "serial", timeout: 90_000 });

const backOfficePages = [
  "/admin",
  "/admin/account",
  "/admin/users",
  "/admin/audit",
  "/admin/search-misses",
  "/admin/profiles/germany/en",
  "/admin/profiles/germany/en/diff?from=1&to=2",
];

/** A new account made with the CLI, its password given on stdin and no second factor yet. */
function createAccount(role: "editor" | "reviewer", label: string) {
  const account = { email: `${label}-${Date.now().toString(36)}@e2e.example.org`, password: `e2e ${label} password ${Date.now()}` };
  execFileSync("npm", ["run", "-s", "user:create", "--", "--email", account.email, "--role", role], {
    input: account.password,
    env: { ...process.env, EMBEDDED_DB_PORT: String(e2ePort + 1), DATABASE_URL: "" },
  });
  return account;
}

async function signOut(page: Page) {
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/admin\/login\?signedOut=1$/);
}

async function submitCode(page: Page, code: string, button: "Continue" | "Confirm" = "Continue") {
  await page.getByLabel("Authentication code").fill(code);
  await page.getByRole("button", { name: button }).click();
}

/** Sends each back-office page's request with this browser's cookies: every one must end on the sign-in page. */
async function expectNoBackOfficePage(page: Page) {
  for (const path of backOfficePages) {
    await page.goto(path);
    await expect(page, path).toHaveURL(/\/admin\/login$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sign in");
  }
}

test("enrol, sign out, sign in with password and code; wrong and reused codes refused; a recovery code works once", async ({ page }) => {
  const account = createAccount("reviewer", "enrolling");
  await enterPassword(page, account);
  await expect(page).toHaveURL(/\/admin\/login\/enrol$/);
  await expect(page.getByRole("img", { name: "QR code to scan with your authenticator app" })).toBeVisible();
  await expectNoAxeViolations(page);
  const secret = (await page.getByTestId("totp-secret").textContent())!.replace(/\s/g, "");
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);

  // A wrong code: refused next to the field, nothing enrolled.
  const now = Date.now();
  await submitCode(page, codeAt(secret, now + 10 * 60_000), "Confirm");
  await expect(page.locator("#error-code")).toContainText("This code is not correct");
  await expect(page.getByLabel("Authentication code")).toHaveAttribute("aria-invalid", "true");
  await expectNoAxeViolations(page);

  const enrolCode = codeAt(secret, now);
  await submitCode(page, enrolCode, "Confirm");
  await expect(page.getByRole("status").locator("li code")).toHaveCount(10);
  const recoveryCodes = await page.getByRole("status").locator("li code").allTextContents();
  expect(recoveryCodes).toHaveLength(10);
  expect(new Set(recoveryCodes).size).toBe(10);
  await page.getByRole("link", { name: "Continue to the back office" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Country profiles" })).toBeVisible();
  await signOut(page);

  // Password, then the code step: the page a stolen password alone reaches.
  await enterPassword(page, account);
  await expect(page).toHaveURL(/\/admin\/login\/code$/);
  await expectNoAxeViolations(page);
  await expectNoBackOfficePage(page);
  await enterPassword(page, account);
  // The code used to enrol, again inside its 30 seconds: refused. A wrong one too.
  await submitCode(page, enrolCode);
  await expect(page.locator("#error-code")).toContainText("already been used");
  // Wait for the wrong code's own answer (the previous error, worded alike, is still on the page until it arrives), so
  // the next code is not typed into a form that is still being answered.
  const refused = page.waitForResponse((response) => response.request().method() === "POST" && response.url().includes("/admin/login/"));
  await submitCode(page, "123456" === enrolCode ? "654321" : "123456");
  await refused;
  await expect(page.locator("#error-code")).toBeVisible();
  await expect(page).toHaveURL(/\/admin\/login\/code$/);
  // The next step's code (accepted early, as a phone's clock may run ahead).
  await submitCode(page, codeAt(secret, Date.now() + 30_000));
  await expect(page).toHaveURL(/\/admin$/);
  await signOut(page);

  // A recovery code instead of the app's, once.
  await enterPassword(page, account);
  await submitCode(page, recoveryCodes[0]!);
  await expect(page).toHaveURL(/\/admin\/account\?notice=recovery$/);
  await expect(page.getByRole("status")).toContainText("You have 9 left");
  await signOut(page);
  await enterPassword(page, account);
  await submitCode(page, recoveryCodes[0]!);
  await expect(page.locator("#error-code")).toContainText("This code is not correct");
  await submitCode(page, recoveryCodes[1]!);
  await expect(page).toHaveURL(/\/admin\/account\?notice=recovery$/);
});

test("a reviewer without a second factor reaches no back-office page, even with a session made before it was needed", async ({
  browser,
  page,
}) => {
  // Signed in with the password only: the enrolment page, nothing else.
  const reviewer = createAccount("reviewer", "unenrolled-reviewer");
  await enterPassword(page, reviewer);
  await expect(page).toHaveURL(/\/admin\/login\/enrol$/);
  await expectNoBackOfficePage(page);

  // An editor's session made while an admin allowed editors without a second factor, then made a reviewer.
  const admin = await browser.newContext({ storageState: editorAccounts.state("admin") });
  const adminPage = await admin.newPage();
  const setEditorPolicy = async (policy: "optional" | "required") => {
    await adminPage.goto("/admin/users");
    await adminPage.getByRole("radio", { name: policy }).check();
    await adminPage.getByRole("button", { name: "Save" }).click();
    await expect(adminPage.getByRole("radio", { name: policy })).toBeChecked();
  };
  const editor = createAccount("editor", "promoted-editor");
  const context = await browser.newContext();
  const editorPage = await context.newPage();
  try {
    await setEditorPolicy("optional");
    await enterPassword(editorPage, editor);
    await expect(editorPage.getByRole("heading", { level: 1, name: "Country profiles" })).toBeVisible();
    await adminPage.goto("/admin/users");
    const row = adminPage.getByRole("row").filter({ hasText: editor.email });
    await row.getByRole("combobox").selectOption("reviewer");
    await row.getByRole("button", { name: "Change" }).click();
    await expect(adminPage.getByRole("row").filter({ hasText: editor.email }).getByRole("combobox")).toHaveValue("reviewer");
    await expectNoBackOfficePage(editorPage);
  } finally {
    await setEditorPolicy("required");
    await context.close();
    await admin.close();
  }
});

test("an admin resets a second factor: audited, and the next sign-in enrols again", async ({ browser, page }) => {
  const account = createAccount("editor", "reset");
  await enterPassword(page, account);
  const secret = (await page.getByTestId("totp-secret").textContent())!.replace(/\s/g, "");
  await submitCode(page, codeAt(secret, Date.now()), "Confirm");
  await expect(page.getByRole("status").locator("li")).toHaveCount(10);

  const admin = await browser.newContext({ storageState: editorAccounts.state("admin") });
  const adminPage = await admin.newPage();
  await adminPage.goto("/admin/users");
  const row = adminPage.getByRole("row").filter({ hasText: account.email });
  await expect(row).toContainText("set up");
  await row.getByRole("button", { name: /Reset/ }).click();
  await expect(adminPage.getByRole("row").filter({ hasText: account.email })).toContainText("not set up");
  await adminPage.goto("/admin/audit");
  await expect(adminPage.getByRole("row").filter({ hasText: account.email }).first()).toContainText("reset-second-factor");
  await admin.close();

  // The reset ended the session; signing in again enrols a new app.
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/admin\/login$/);
  await enterPassword(page, account);
  await expect(page).toHaveURL(/\/admin\/login\/enrol$/);
});

async function arabicPage(browser: Browser) {
  const context = await browser.newContext();
  await context.addCookies([{ name: "NEXT_LOCALE", value: "ar", url: test.info().project.use.baseURL! }]);
  return { context, page: await context.newPage() };
}

/** The password step in Arabic (fields found by id: their labels are in Arabic), ending on the page it leads to. */
async function enterPasswordInArabic(page: Page, account: { email: string; password: string }, next: RegExp) {
  await page.goto("/admin/login");
  await page.locator("#email").fill(account.email);
  await page.locator("#password").fill(account.password);
  await page.locator('button[type="submit"]').click();
  await expect(page).toHaveURL(next);
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.getByLabel("رمز المصادقة")).toBeVisible();
}

test("axe finds nothing on the enrolment and second-step pages in Arabic, laid out right to left", async ({ browser }) => {
  const account = createAccount("editor", "arabic");
  const { context, page } = await arabicPage(browser);
  await enterPasswordInArabic(page, account, /\/admin\/login\/enrol$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("إعداد التحقق بخطوتين");
  await expectNoAxeViolations(page);
  const secret = (await page.getByTestId("totp-secret").textContent())!.replace(/\s/g, "");
  await page.getByLabel("رمز المصادقة").fill(codeAt(secret, Date.now()));
  await page.getByRole("button", { name: "تأكيد" }).click();
  await expect(page.getByRole("status").locator("li")).toHaveCount(10);
  await expectNoAxeViolations(page);
  await context.clearCookies({ name: "passage_session" });

  await enterPasswordInArabic(page, account, /\/admin\/login\/code$/);
  await expectNoAxeViolations(page);
  await page.getByLabel("رمز المصادقة").fill("000000");
  await page.getByRole("button", { name: "متابعة" }).click();
  await expect(page.locator("#error-code")).toBeVisible();
  await expectNoAxeViolations(page);
  await context.close();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("an account enrols, sees its recovery codes once, and signs in with a code", async ({ page }) => {
    const account = createAccount("editor", "no-script");
    await enterPassword(page, account);
    await expect(page).toHaveURL(/\/admin\/login\/enrol$/);
    const secret = (await page.getByTestId("totp-secret").textContent())!.replace(/\s/g, "");
    await submitCode(page, "000000", "Confirm");
    await expect(page.locator("#error-code")).toContainText("This code is not correct");
    await submitCode(page, codeAt(secret, Date.now()), "Confirm");
    await expect(page.getByRole("status").locator("li code")).toHaveCount(10);
    await page.getByRole("link", { name: "Continue to the back office" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Country profiles" })).toBeVisible();
    await signOut(page);
    await enterPassword(page, account);
    await submitCode(page, codeAt(secret, Date.now() + 30_000));
    await expect(page).toHaveURL(/\/admin$/);
  });
});

test("the e2e accounts were enrolled by the CLI with --totp-secret", () => {
  for (const account of Object.values(readEditorAccounts())) expect(account.totpSecret).toMatch(/^[A-Z2-7]{32}$/);
});
