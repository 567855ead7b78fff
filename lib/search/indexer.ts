// Builds each locale's index from scratch under a temporary name, then swaps it in: readers never see a half-built index.
import type { Meilisearch } from "meilisearch";
import { locales, type Locale } from "@/lib/i18n/locales";
import { digestOf } from "@/lib/content/files";
import { indexName } from "./client";
import type { SearchDocument } from "./documents";
import { indexSettings } from "./settings";

const STATE_ID = "state";

async function waitFor(client: Meilisearch, task: { taskUid: number }, what: string) {
  const done = await client.tasks.waitForTask(task.taskUid, { timeout: 120_000 });
  if (done.status !== "succeeded") throw new Error(`Meilisearch task "${what}" ${done.status}: ${done.error?.message ?? "no detail"}`);
}

async function indexExists(client: Meilisearch, uid: string) {
  return client.getRawIndex(uid).then(
    () => true,
    () => false,
  );
}

export function corpusDigest(documents: SearchDocument[]) {
  return digestOf(JSON.stringify(documents));
}

/** The digest of the corpus last indexed under `prefix`, or null when there is no complete index. */
export async function indexedDigest(client: Meilisearch, prefix: string): Promise<string | null> {
  const state = await client
    .index(`${prefix}_meta`)
    .getDocument(STATE_ID)
    .catch(() => null);
  return typeof state?.digest === "string" ? state.digest : null;
}

export async function rebuildIndexes(
  client: Meilisearch,
  prefix: string,
  documents: SearchDocument[],
  onLocaleDone?: (locale: Locale, count: number) => void,
) {
  for (const locale of locales) {
    const live = indexName(prefix, locale);
    const next = `${live}__next`;
    if (await indexExists(client, next)) await waitFor(client, await client.deleteIndex(next), `delete stale ${next}`);
    await waitFor(client, await client.createIndex(next, { primaryKey: "id" }), `create ${next}`);
    const index = client.index<SearchDocument>(next);
    await waitFor(client, await index.updateSettings(indexSettings(locale)), `settings ${next}`);
    const ofLocale = documents.filter((document) => document.locale === locale);
    if (ofLocale.length) await waitFor(client, await index.addDocuments(ofLocale), `documents ${next}`);
    if (!(await indexExists(client, live))) await waitFor(client, await client.createIndex(live, { primaryKey: "id" }), `create ${live}`);
    await waitFor(client, await client.swapIndexes([{ indexes: [live, next], rename: false }]), `swap ${live}`);
    await waitFor(client, await client.deleteIndex(next), `delete previous ${live}`);
    onLocaleDone?.(locale, ofLocale.length);
  }
  const meta = client.index(`${prefix}_meta`);
  await waitFor(
    client,
    await meta.addDocuments([{ id: STATE_ID, digest: corpusDigest(documents), builtAt: new Date().toISOString() }], { primaryKey: "id" }),
    "state",
  );
}

/**
 * Replaces one country's profile and route documents in one locale's live index (after an editor publishes). The new
 * documents go in first (a document with the same id is replaced), so readers find the change after one indexing task;
 * documents the country no longer has (a route taken out) are removed after.
 */
export async function replaceCountryDocuments(
  client: Meilisearch,
  prefix: string,
  country: string,
  locale: Locale,
  documents: SearchDocument[],
) {
  const index = client.index<SearchDocument>(indexName(prefix, locale));
  if (documents.length) await waitFor(client, await index.addDocuments(documents), `add ${country}/${locale}`);
  const kept = new Set(documents.map((document) => document.id));
  const current = await index.getDocuments({
    filter: `type IN ["country", "route"] AND country = "${country}"`,
    fields: ["id"],
    limit: 10_000,
  });
  const stale = current.results.map((document) => document.id).filter((id) => !kept.has(id));
  if (stale.length) await waitFor(client, await index.deleteDocuments(stale), `remove ${country}/${locale}`);
}
