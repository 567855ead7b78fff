// Searches that found nothing, counted per normalised query, locale and day (nothing about the reader is stored).
import type { PrismaClient } from "@/lib/db/prisma";

export function normaliseQuery(q: string) {
  return q.normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim().slice(0, 200);
}

export async function recordSearchMiss(prisma: PrismaClient, q: string, locale: string, now = new Date()) {
  const query = normaliseQuery(q);
  if (!query) return;
  const day = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  await prisma.searchMiss.upsert({
    where: { query_locale_day: { query, locale, day } },
    create: { query, locale, day },
    update: { count: { increment: 1 } },
  });
}

export async function topSearchMisses(prisma: PrismaClient, sinceDays = 30, take = 50) {
  const since = new Date(Date.now() - sinceDays * 86_400_000);
  return prisma.searchMiss.groupBy({
    by: ["query", "locale"],
    where: { day: { gte: since } },
    _sum: { count: true },
    orderBy: { _sum: { count: "desc" } },
    take,
  });
}
