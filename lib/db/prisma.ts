// Creates a Prisma client over the pg driver adapter. A small pool: the embedded PGlite serves one query at a time.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/client";

export type { PrismaClient };

export function createPrismaClient(connectionString: string, max = 4): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, max, connectionTimeoutMillis: 2500 }) });
}
