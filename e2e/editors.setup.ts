// Creates an editor and a reviewer with the user:create CLI against the e2e database (127.0.0.1:E2E_PORT+1), signs each
// in once through the login form and saves the session as storage state for e2e/editorial.spec.ts.
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { expect, test as setup } from "@playwright/test";
import { editorAccounts, e2ePort } from "./editors";

setup("create the accounts and sign in once", async ({ browser }) => {
  const run = Date.now().toString(36);
  mkdirSync(editorAccounts.folder, { recursive: true });
  const accounts: Record<string, { email: string; password: string }> = {};
  for (const role of ["editor", "reviewer", "admin"] as const) {
    const account = { email: `${role}-${run}@e2e.example.org`, password: `e2e ${role} password ${run}` };
    const output = execFileSync("npm", ["run", "-s", "user:create", "--", "--email", account.email, "--role", role], {
      input: account.password,
      env: { ...process.env, EMBEDDED_DB_PORT: String(e2ePort + 1), DATABASE_URL: "" },
      encoding: "utf8",
    });
    expect(output).toContain(`Created ${role}`);
    accounts[role] = account;

    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto("/admin/login");
    await page.getByLabel("Email address").fill(account.email);
    await page.getByLabel("Password").fill(account.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/admin$/);
    await expect(page.getByRole("heading", { level: 1, name: "Country profiles" })).toBeVisible();
    const cookie = (await context.cookies()).find((c) => c.name === "passage_session");
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe("Lax");
    await context.storageState({ path: editorAccounts.state(role) });
    await context.close();
  }
  writeFileSync(editorAccounts.file, JSON.stringify(accounts));
});
