// Generates the Prisma client after `npm ci` (the root package's postinstall, run once its dependencies, tsx and zod
// among them, are installed). `prisma generate` never runs the schema engine, but it insists that the native engine
// binary exists (and would try to download it): point it at any existing file instead.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { childEnvironment } from "@/lib/env";

const env = childEnvironment({ PRISMA_SCHEMA_ENGINE_BINARY: fileURLToPath(import.meta.url), PRISMA_HIDE_UPDATE_MESSAGE: "1" });
const result = spawnSync("npx", ["--no-install", "prisma", "generate"], { stdio: "inherit", env });
process.exit(result.status ?? 1);
