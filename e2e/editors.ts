import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { expect, type Page } from "@playwright/test";
import { Secret, TOTP } from "otpauth";

export const e2ePort = Number(process.env.E2E_PORT ?? 3199);
const folder = path.join(".data", `e2e-${e2ePort}`, "auth");
export const editorAccounts = {
  folder,
  file: path.join(folder, "accounts.json"),
  state: (role: "editor" | "reviewer" | "admin") => path.join(folder, `${role}.json`),
};

export interface EditorAccount {
  email: string;
  password: string;
  /** Enrolled with `npm run user:create -- --totp-secret`. */
  totpSecret: string;
}

export function readEditorAccounts(): Record<"editor" | "reviewer" | "admin", EditorAccount> {
  return JSON.parse(readFileSync(editorAccounts.file, "utf8"));
}

export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

const STEP_MS = 30_000;
const stepsFile = path.join(folder, "totp-steps.json");

/**
 * A code the portal has not accepted yet for `secret`, computed as an authenticator app would (otpauth). Each code is
 * accepted once and the next 30-second step's code is accepted early, so two sign-ins in one step need no wait; a
 * third waits for the clock. The steps used are kept in a file, for every spec of the run.
 */
export async function freshCode(secret: string): Promise<string> {
  const used: Record<string, number> = existsSync(stepsFile) ? JSON.parse(readFileSync(stepsFile, "utf8")) : {};
  const current = Math.floor(Date.now() / STEP_MS);
  const step = Math.max(current, (used[secret] ?? -1) + 1);
  const waitMs = (step - 1) * STEP_MS - Date.now();
  if (waitMs > 0) await new Promise((resolve) => setTimeout(resolve, waitMs + 200));
  writeFileSync(stepsFile, JSON.stringify({ ...used, [secret]: step }));
  return codeAt(secret, step * STEP_MS);
}

/** The code of a secret at a time, as an authenticator app shows it (SHA-1, six digits, 30 seconds). */
export function codeAt(secret: string, timestamp: number): string {
  return TOTP.generate({ secret: Secret.fromBase32(secret), algorithm: "SHA1", digits: 6, period: 30, timestamp });
}

/** The password step, ending on the page it leads to (the second step, or enrolment). */
export async function enterPassword(page: Page, account: { email: string; password: string }) {
  await page.goto("/admin/login");
  await page.getByLabel("Email address").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** Both steps of signing in, for an account enrolled with a known secret. */
export async function signInWithCode(page: Page, account: EditorAccount) {
  await enterPassword(page, account);
  await expect(page).toHaveURL(/\/admin\/login\/code$/);
  await page.getByLabel("Authentication code").fill(await freshCode(account.totpSecret));
  await page.getByRole("button", { name: "Continue" }).click();
}
