// Creates a Prisma client over the pg driver adapter. A small pool: the embedded PGlite serves one query at a time.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as GeneratedClient } from "./generated/client";

// Password hashes and second-factor secrets are left out of every result unless a query selects them by name (lib/auth
// does, for sign-in and password change): a page, a log line or an error that prints a user never carries one.
const omit = {
  user: { passwordHash: true, totpSecret: true },
  pendingSignIn: { enrolSecret: true },
  recoveryCode: { hash: true },
} as const;

export function createPrismaClient(connectionString: string, max = 4) {
  return new GeneratedClient({ adapter: new PrismaPg({ connectionString, max, connectionTimeoutMillis: 2500 }), omit });
}

export type PrismaClient = ReturnType<typeof createPrismaClient>;
