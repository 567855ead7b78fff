// Creates an editor, a reviewer and an admin with the user:create CLI against the e2e database (127.0.0.1:E2E_PORT+1),
// each enrolled in two-factor sign-in with a known secret (--totp-secret), signs each in once through the login form
// (password, then a code computed as an authenticator app would) and saves the session as storage state for the
// editorial specs.
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { expect, test as setup } from "@playwright/test";
import { editorAccounts, e2ePort, newTotpSecret, signInWithCode, type EditorAccount } from "./editors";

setup("create the accounts and sign in once", async ({ browser }) => {
  // Three CLI runs and three sign-ins of two steps each.
  setup.setTimeout(120_000);
  const run = Date.now().toString(36);
  mkdirSync(editorAccounts.folder, { recursive: true });
  const accounts: Record<string, EditorAccount> = {};
  for (const role of ["editor", "reviewer", "admin"] as const) {
    const account = { email: `${role}-${run}@e2e.example.org`, password: `e2e ${role} password ${run}`, totpSecret: newTotpSecret() };
    const output = execFileSync(
      "npm",
      ["run", "-s", "user:create", "--", "--email", account.email, "--role", role, "--totp-secret", account.totpSecret],
      { input: account.password, env: { ...process.env, EMBEDDED_DB_PORT: String(e2ePort + 1), DATABASE_URL: "" }, encoding: "utf8" },
    );
    expect(output).toContain(`Created ${role}`);
    expect(output).toContain("enrolled with the given secret");
    accounts[role] = account;

    const context = await browser.newContext();
    const page = await context.newPage();
    await signInWithCode(page, account);
    await expect(page).toHaveURL(/\/admin$/);
    await expect(page.getByRole("heading", { level: 1, name: "Country profiles" })).toBeVisible();
    const cookie = (await context.cookies()).find((c) => c.name === "passage_session");
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe("Lax");
    await context.storageState({ path: editorAccounts.state(role) });
    if (role === "admin") {
      // Editors need a second factor unless an admin relaxed it: start every run from the default, whatever a failed
      // run of e2e/two-factor.spec.ts left in this database.
      await page.goto("/admin/users");
      await page.getByRole("radio", { name: "required" }).check();
      await page.getByRole("button", { name: "Save" }).click();
      await expect(page.getByRole("radio", { name: "required" })).toBeChecked();
    }
    await context.close();
  }
  writeFileSync(editorAccounts.file, JSON.stringify(accounts));
});
