// `npm test`: type check, lint, format check, content check, unit, integration and end-to-end tests, in that order; stops at the first failure.
import { spawnSync } from "node:child_process";
import { childEnvironment } from "@/lib/env";

const steps: [string, string[]][] = [
  ["type check", ["run", "typecheck"]],
  ["lint", ["run", "lint"]],
  ["format check", ["run", "format:check"]],
  ["content check", ["run", "content:check"]],
  ["unit tests", ["run", "test:unit"]],
  ["integration tests", ["run", "test:integration"]],
  ["end-to-end tests", ["run", "test:e2e"]],
];

const results: string[] = [];
let failed = 0;
for (const [name, args] of steps) {
  const started = Date.now();
  console.log(`\n▶ ${name}`);
  const result = spawnSync("npm", args, { stdio: "inherit", env: childEnvironment({ NEXT_TELEMETRY_DISABLED: "1" }) });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  results.push(`${result.status === 0 ? "✓" : "✗"} ${name} (${seconds} s)`);
  if (result.status !== 0) {
    failed = 1;
    break;
  }
}
console.log(`\n${results.join("\n")}`);
process.exit(failed);
