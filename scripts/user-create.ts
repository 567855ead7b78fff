// `npm run user:create -- --email ana@example.org --role editor`: creates an account and prints its one-time password.
// With a password on standard input (`echo … | npm run user:create -- …`), that password is used and nothing is printed.
// Talks to DATABASE_URL, or to the embedded PostgreSQL of a running `npm start` (EMBEDDED_DB_PORT).
import { parseArgs } from "node:util";
import { createUser, newUserSchema } from "@/lib/auth/accounts";
import { generatePassword } from "@/lib/auth/password";
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

const { values } = parseArgs({ options: { email: { type: "string" }, role: { type: "string" } } });
const env = parseEnv();
const given = await readStdin();
const password = given || generatePassword();
const input = newUserSchema.safeParse({ email: values.email, role: values.role, password });
if (!input.success) {
  console.error(`✗ ${input.error.issues.map((issue) => `--${issue.path.join(".")} ${issue.message}`).join("; ")}`);
  console.error(
    "  Usage: npm run user:create -- --email <address> --role editor|reviewer|admin   (password on stdin, or one is generated)",
  );
  process.exit(2);
}
const prisma = createPrismaClient(databaseUrlOf(env), 1);
try {
  const user = await createUser(prisma, input.data, { oneTime: !given });
  console.log(`✓ Created ${user.role} ${user.email}`);
  if (!given) console.log(`  One-time password (shown once; the first sign-in asks for a new one): ${password}`);
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
