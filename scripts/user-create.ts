// `npm run user:create -- --email ana@example.org --role editor`: creates an account and prints its one-time password.
// With a password on standard input (`echo … | npm run user:create -- …`), that password is used and nothing is printed.
// The account enrols an authenticator app at its first sign-in; `--totp-secret <base32>` enrols that secret now instead
// (for automation and tests: the same six-digit, 30-second, SHA-1 codes an app shows).
// Talks to DATABASE_URL, or to the embedded PostgreSQL of a running `npm start` (EMBEDDED_DB_PORT).
import { parseArgs } from "node:util";
import { createUser, newUserSchema } from "@/lib/auth/accounts";
import { generatePassword } from "@/lib/auth/password";
import { normalizeTotpSecret } from "@/lib/auth/totp";
import { databaseUrlOf } from "@/lib/db/embedded";
import { createPrismaClient } from "@/lib/db/prisma";
import { parseEnv } from "@/lib/env";

async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) return "";
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks)
    .toString("utf8")
    .replace(/\r?\n$/, "");
}

const usage =
  "  Usage: npm run user:create -- --email <address> --role editor|reviewer|admin [--totp-secret <base32>]   (password on stdin, or one is generated)";
const { values } = parseArgs({ options: { email: { type: "string" }, role: { type: "string" }, "totp-secret": { type: "string" } } });
const env = parseEnv();
const given = await readStdin();
const password = given || generatePassword();
const input = newUserSchema.safeParse({ email: values.email, role: values.role, password });
const totpSecret = values["totp-secret"] === undefined ? undefined : normalizeTotpSecret(values["totp-secret"]);
if (!input.success || totpSecret === null) {
  const problems = input.success ? [] : input.error.issues.map((issue) => `--${issue.path.join(".")} ${issue.message}`);
  if (totpSecret === null) problems.push("--totp-secret must be a base32 secret (A-Z, 2-7) of 16 characters or more");
  console.error(`✗ ${problems.join("; ")}`);
  console.error(usage);
  process.exit(2);
}
const prisma = createPrismaClient(databaseUrlOf(env), 1);
try {
  const user = await createUser(prisma, input.data, { oneTime: !given, totpSecret });
  console.log(`✓ Created ${user.role} ${user.email}`);
  if (!given) console.log(`  One-time password (shown once; the first sign-in asks for a new one): ${password}`);
  console.log(
    totpSecret
      ? "  Two-factor sign-in: enrolled with the given secret (no recovery codes: an admin can reset it)."
      : "  Two-factor sign-in: set up at the first sign-in (an authenticator app scans a QR code).",
  );
} catch (error) {
  const code = (error as { code?: string }).code;
  console.error(
    code === "P2002"
      ? `✗ An account for ${input.data.email} already exists.`
      : `✗ Could not create the account: ${(error as Error).message.split("\n")[0]}`,
  );
  process.exitCode = 1;
} finally {
  await prisma.$disconnect();
}
