// Rebuilds the search indexes (all locales, atomically swapped), with a progress bar on a terminal.
import { SingleBar, Presets } from "cli-progress";
import type { Meilisearch } from "meilisearch";
import { locales } from "@/lib/i18n/locales";
import type { PrismaClient } from "@/lib/db/prisma";
import { publishedCountryDocuments } from "@/lib/search/countries";
import { buildGuidanceDocuments } from "@/lib/search/documents";
import { corpusDigest, indexedDigest, rebuildIndexes } from "@/lib/search/indexer";

/** Guidance pages from content/ and the published country profiles from the database. */
export async function buildSearchIndex(
  client: Meilisearch,
  prefix: string,
  { onlyIfChanged, prisma }: { onlyIfChanged: boolean; prisma: PrismaClient },
) {
  const documents = [...(await buildGuidanceDocuments()), ...(await publishedCountryDocuments(prisma))];
  if (onlyIfChanged && (await indexedDigest(client, prefix)) === corpusDigest(documents))
    return { rebuilt: false, documents: documents.length };
  const bar = process.stdout.isTTY
    ? new SingleBar({ format: "  indexing [{bar}] {value}/{total} locales ({locale})", hideCursor: true }, Presets.shades_classic)
    : null;
  bar?.start(locales.length, 0, { locale: "" });
  await rebuildIndexes(client, prefix, documents, (locale) => bar?.increment({ locale }));
  bar?.stop();
  return { rebuilt: true, documents: documents.length };
}
