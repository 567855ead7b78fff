// The app's one Prisma client, created on first use.
import "server-only";
import { runtimeServices } from "@/lib/env";
import { createPrismaClient, type PrismaClient } from "./prisma";

const globalForPrisma = globalThis as unknown as { passagePrisma?: PrismaClient };

export function db(): PrismaClient {
  const { databaseUrl } = runtimeServices();
  if (!databaseUrl) throw new Error("DATABASE_URL is not set: start the portal with `npm start`, which provides it.");
  globalForPrisma.passagePrisma ??= createPrismaClient(databaseUrl);
  return globalForPrisma.passagePrisma;
}
