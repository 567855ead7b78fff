// Creates a Prisma client over the pg driver adapter. A small pool: the embedded PGlite serves one query at a time.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as GeneratedClient } from "./generated/client";

// Password hashes are left out of every result unless a query selects them by name (sign-in and password change in
// lib/auth do): a page, a log line or an error that prints a user never carries one.
const omit = { user: { passwordHash: true } } as const;

export function createPrismaClient(connectionString: string, max = 4) {
  return new GeneratedClient({ adapter: new PrismaPg({ connectionString, max, connectionTimeoutMillis: 2500 }), omit });
}

export type PrismaClient = ReturnType<typeof createPrismaClient>;
