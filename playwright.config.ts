import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

// One production build and one running portal (database, search engine, Next.js) shared by every spec.
const port = Number(process.env.E2E_PORT ?? 3199);
const baseURL = `http://localhost:${port}`;
const debianChromium = "/usr/bin/chromium";

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: [["list"]],
  timeout: 30_000,
  use: {
    baseURL,
    trace: "retain-on-failure",
    launchOptions: {
      ...(existsSync(debianChromium) ? { executablePath: debianChromium } : {}),
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  projects: [
    { name: "chromium", testIgnore: /(degraded|editorial|feedback|instances|two-factor)\.spec\.ts/, use: { ...devices["Desktop Chrome"] } },
    // Editors' flow: a setup project creates accounts with the user:create CLI and signs in once (storage state).
    { name: "editors-setup", testMatch: /editors\.setup\.ts/, use: { ...devices["Desktop Chrome"] } },
    { name: "editorial", testMatch: /editorial\.spec\.ts/, dependencies: ["editors-setup"], use: { ...devices["Desktop Chrome"] } },
    // Readers' answers, then the back office shows them (the editor's session from the setup).
    { name: "feedback", testMatch: /feedback\.spec\.ts/, dependencies: ["editors-setup"], use: { ...devices["Desktop Chrome"] } },
    // Enrolment and the second step with new accounts (the admin's session from the setup changes roles and the rule).
    { name: "two-factor", testMatch: /two-factor\.spec\.ts/, dependencies: ["editors-setup"], use: { ...devices["Desktop Chrome"] } },
    // Two more web instances on a private PostgreSQL server that the specs stop and start.
    {
      name: "instances",
      testMatch: /instances\.spec\.ts/,
      dependencies: ["chromium", "editorial", "feedback", "two-factor"],
      use: { ...devices["Desktop Chrome"] },
    },
    // Stops the search engine, so it runs last, after everything else has passed.
    { name: "degraded", testMatch: /degraded\.spec\.ts/, dependencies: ["instances"], use: { ...devices["Desktop Chrome"] } },
  ],
  webServer: {
    command: "node --import tsx scripts/start.ts",
    url: `${baseURL}/api/health`,
    timeout: 600_000,
    reuseExistingServer: !process.env.CI,
    stdout: "pipe",
    stderr: "pipe",
    gracefulShutdown: { signal: "SIGTERM", timeout: 15_000 },
    env: {
      PORT: String(port),
      DATA_DIR: `.data/e2e-${port}`,
      // The default port shares the ordinary build; another port builds on its own, so two runs can go side by side.
      NEXT_DIST_DIR: port === 3199 ? ".next" : `.next-e2e-${port}`,
      EMBEDDED_DB_PORT: String(port + 1),
      MEILI_EMBEDDED_PORT: String(port + 2),
      SEARCH_INDEX_PREFIX: "e2e",
      SEARCH_RATE_LIMIT: "60",
      // The specs play a reverse proxy that appends the client's address (see e2e/search.spec.ts).
      TRUSTED_PROXY_HOPS: "1",
      NEXT_TELEMETRY_DISABLED: "1",
    },
  },
});
