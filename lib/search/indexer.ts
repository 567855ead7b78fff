// Builds each locale's index from scratch under a temporary name, then swaps it in: readers never see a half-built index.
import type { Meilisearch, Settings } from "meilisearch";
import { locales, type Locale } from "@/lib/i18n/locales";
import { digestOf } from "@/lib/content/files";
import { stemText, words } from "./analysis";
import { indexName, termsIndexName } from "./client";
import type { SearchDocument } from "./documents";
import { indexSettings, termsIndexSettings } from "./settings";

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

/** What is stored: the document plus the stems of its texts, which the stemmed query matches (ranked below the words). */
export function indexedDocument(document: SearchDocument) {
  const stems = (text: string | null) => (text ? stemText(text, document.locale) : "");
  return {
    ...document,
    title_stem: stems(document.title),
    section_stem: stems(document.section),
    summary_stem: stems(document.summary),
    text_stem: stems(document.text),
  };
}

type TermSource = Pick<SearchDocument, "title" | "section" | "summary" | "text">;

/**
 * The words of a locale's documents with how often they occur: "did you mean" looks for a close one among them. A
 * term's id is its digest (Meilisearch ids are ASCII), so that a recount replaces it in place.
 */
export function termDocuments(documents: TermSource[], locale: Locale) {
  const counts = new Map<string, number>();
  for (const document of documents)
    for (const text of [document.title, document.section ?? "", document.summary, document.text])
      for (const word of words(text, locale)) if (word.length > 1 && !/^\d+$/.test(word)) counts.set(word, (counts.get(word) ?? 0) + 1);
  return [...counts].map(([term, count]) => ({ id: digestOf(term), term, count }));
}

/** Every document of an index, a page at a time, with only the fields asked for. */
async function allDocuments<T extends Record<string, unknown>>(client: Meilisearch, uid: string, fields: Extract<keyof T, string>[]) {
  const all: T[] = [];
  for (let offset = 0; ; offset += 1000) {
    const page = await client.index<T>(uid).getDocuments({ fields, limit: 1000, offset });
    all.push(...page.results);
    if (page.results.length < 1000) return all;
  }
}

/**
 * Brings a locale's "did you mean" words in line with its live index after a publish: every word is recounted from
 * the index's documents, new words are added and the words no page has any more are removed.
 */
export async function refreshTerms(client: Meilisearch, prefix: string, locale: Locale) {
  const terms = termDocuments(
    await allDocuments<TermSource>(client, indexName(prefix, locale), ["title", "section", "summary", "text"]),
    locale,
  );
  const uid = termsIndexName(prefix, locale);
  if (terms.length) await waitFor(client, await client.index(uid).addDocuments(terms), `terms ${locale}`);
  const kept = new Set(terms.map((term) => term.id));
  const stale = (await allDocuments<{ id: string }>(client, uid, ["id"])).map((term) => term.id).filter((id) => !kept.has(String(id)));
  if (stale.length) await waitFor(client, await client.index(uid).deleteDocuments(stale), `stale terms ${locale}`);
}

/** Builds a new index under a temporary name and swaps it in for `live`. */
export async function replaceIndex(client: Meilisearch, live: string, settings: Settings, documents: object[]) {
  const next = `${live}__next`;
  if (await indexExists(client, next)) await waitFor(client, await client.deleteIndex(next), `delete stale ${next}`);
  await waitFor(client, await client.createIndex(next, { primaryKey: "id" }), `create ${next}`);
  const index = client.index(next);
  await waitFor(client, await index.updateSettings(settings), `settings ${next}`);
  if (documents.length) await waitFor(client, await index.addDocuments(documents), `documents ${next}`);
  if (!(await indexExists(client, live))) await waitFor(client, await client.createIndex(live, { primaryKey: "id" }), `create ${live}`);
  await waitFor(client, await client.swapIndexes([{ indexes: [live, next], rename: false }]), `swap ${live}`);
  await waitFor(client, await client.deleteIndex(next), `delete previous ${live}`);
}

/** Covers the settings too: a change to the analysis (stop words, synonyms, ranking) rebuilds the indexes on start. */
export function corpusDigest(documents: SearchDocument[]) {
  return digestOf(JSON.stringify([locales.map((locale) => [indexSettings(locale), termsIndexSettings(locale)]), documents]));
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
    const ofLocale = documents.filter((document) => document.locale === locale);
    await replaceIndex(client, indexName(prefix, locale), indexSettings(locale), ofLocale.map(indexedDocument));
    await replaceIndex(client, termsIndexName(prefix, locale), termsIndexSettings(locale), termDocuments(ofLocale, locale));
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
  if (documents.length) await waitFor(client, await index.addDocuments(documents.map(indexedDocument)), `add ${country}/${locale}`);
  const kept = new Set(documents.map((document) => document.id));
  const current = await index.getDocuments({
    filter: `type IN ["country", "route"] AND country = "${country}"`,
    fields: ["id"],
    limit: 10_000,
  });
  const stale = current.results.map((document) => document.id).filter((id) => !kept.has(id));
  if (stale.length) await waitFor(client, await index.deleteDocuments(stale), `remove ${country}/${locale}`);
}
