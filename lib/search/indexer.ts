// Builds each locale's indexes from scratch under temporary names, then swaps them in: readers never see a half-built
// index.
import { setTimeout as sleep } from "node:timers/promises";
import type { Meilisearch, Settings } from "meilisearch";
import { locales, type Locale } from "@/lib/i18n/locales";
import { digestOf } from "@/lib/content/files";
import { stemText, words } from "./analysis";
import { documentIndexNames, indexName, stemsIndexName, termsIndexName } from "./client";
import type { SearchDocument } from "./documents";
import { indexSettings, stemsIndexSettings, termsIndexSettings } from "./settings";

const STATE_ID = "state";

const TASK_TIMEOUT_MS = 120_000;
const TASK_POLL_MS = 50;

/**
 * Waits until a Meilisearch task has succeeded, or throws. It polls the task itself: the client's waitForTask adds an
 * abort listener to one signal at every poll and never removes it, which Node reports as a leak after ten polls. Each
 * poll is bounded by the client's own timeout.
 */
export async function waitFor(client: Meilisearch, task: { taskUid: number }, what: string) {
  const deadline = performance.now() + TASK_TIMEOUT_MS;
  for (;;) {
    const current = await client.tasks.getTask(task.taskUid);
    if (current.status === "succeeded") return;
    if (current.status !== "enqueued" && current.status !== "processing")
      throw new Error(`Meilisearch task "${what}" ${current.status}: ${current.error?.message ?? "no detail"}`);
    if (performance.now() > deadline) throw new Error(`Meilisearch task "${what}" not done after ${TASK_TIMEOUT_MS / 1000} s`);
    await sleep(TASK_POLL_MS);
  }
}

async function indexExists(client: Meilisearch, uid: string) {
  return client.getRawIndex(uid).then(
    () => true,
    () => false,
  );
}

/** What the stems' index stores: the document plus the stems of its texts, which the stems' query matches. */
export function stemmedDocument(document: SearchDocument) {
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

export interface IndexSpec {
  uid: string;
  settings: Settings;
  documents: object[];
}

/**
 * Builds each index under a temporary name, then swaps them all in at once (one task): a reader never sees a
 * half-built index, nor a words' index and a stems' index built from different corpora.
 */
export async function replaceIndexes(client: Meilisearch, specs: IndexSpec[]) {
  for (const { uid, settings, documents } of specs) {
    const next = `${uid}__next`;
    if (await indexExists(client, next)) await waitFor(client, await client.deleteIndex(next), `delete stale ${next}`);
    await waitFor(client, await client.createIndex(next, { primaryKey: "id" }), `create ${next}`);
    const index = client.index(next);
    await waitFor(client, await index.updateSettings(settings), `settings ${next}`);
    if (documents.length) await waitFor(client, await index.addDocuments(documents), `documents ${next}`);
    if (!(await indexExists(client, uid))) await waitFor(client, await client.createIndex(uid, { primaryKey: "id" }), `create ${uid}`);
  }
  const swaps = specs.map(({ uid }) => ({ indexes: [uid, `${uid}__next`] as [string, string], rename: false }));
  await waitFor(client, await client.swapIndexes(swaps), `swap ${specs.map(({ uid }) => uid).join(", ")}`);
  for (const { uid } of specs) await waitFor(client, await client.deleteIndex(`${uid}__next`), `delete previous ${uid}`);
}

/** A locale's three indexes: its documents by their words, the same by their stems, and their words for "did you mean". */
export function localeIndexes(prefix: string, locale: Locale, documents: SearchDocument[]): IndexSpec[] {
  return [
    { uid: indexName(prefix, locale), settings: indexSettings(locale), documents },
    { uid: stemsIndexName(prefix, locale), settings: stemsIndexSettings(locale), documents: documents.map(stemmedDocument) },
    { uid: termsIndexName(prefix, locale), settings: termsIndexSettings(locale), documents: termDocuments(documents, locale) },
  ];
}

/** Covers the settings too: a change to the analysis (stop words, synonyms, ranking) rebuilds the indexes on start. */
export function corpusDigest(documents: SearchDocument[]) {
  const settings = locales.map((locale) => [indexSettings(locale), stemsIndexSettings(locale), termsIndexSettings(locale)]);
  return digestOf(JSON.stringify([settings, documents]));
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
    await replaceIndexes(client, localeIndexes(prefix, locale, ofLocale));
    onLocaleDone?.(locale, ofLocale.length);
  }
  const meta = client.index(`${prefix}_meta`);
  await waitFor(
    client,
    await meta.addDocuments([{ id: STATE_ID, digest: corpusDigest(documents), builtAt: new Date().toISOString() }], { primaryKey: "id" }),
    "state",
  );
}

/** Adds documents to a locale's words' and stems' indexes (a document with the same id is replaced). */
export async function addDocuments(client: Meilisearch, prefix: string, locale: Locale, documents: SearchDocument[], what: string) {
  if (!documents.length) return;
  const [words, stems] = documentIndexNames(prefix, locale).map((uid) => client.index<SearchDocument>(uid));
  const tasks = [await words!.addDocuments(documents), await stems!.addDocuments(documents.map(stemmedDocument))];
  await Promise.all(tasks.map((task) => waitFor(client, task, what)));
}

/**
 * Replaces one country's profile and route documents in one locale's live indexes (after an editor publishes). The new
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
  await addDocuments(client, prefix, locale, documents, `add ${country}/${locale}`);
  const kept = new Set(documents.map((document) => document.id));
  // Each index is read on its own: a publish cut short between the two leaves neither with a stale document.
  for (const uid of documentIndexNames(prefix, locale)) {
    const index = client.index<SearchDocument>(uid);
    const current = await index.getDocuments({
      filter: `type IN ["country", "route"] AND country = "${country}"`,
      fields: ["id"],
      limit: 10_000,
    });
    const stale = current.results.map((document) => document.id).filter((id) => !kept.has(id));
    if (stale.length) await waitFor(client, await index.deleteDocuments(stale), `remove ${country}/${locale} from ${uid}`);
  }
}
