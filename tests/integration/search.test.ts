import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Meilisearch } from "meilisearch";
import { parseMdxBody } from "@/lib/content/mdx";
import type { Locale } from "@/lib/i18n/locales";
import { createSearchClient, documentIndexNames, indexName } from "@/lib/search/client";
import { pageDocuments, type SearchDocument } from "@/lib/search/documents";
import { refreshTerms, replaceCountryDocuments, rebuildIndexes, waitFor } from "@/lib/search/indexer";
import { MeilisearchHttpError } from "@/lib/search/http";
import { HIGHLIGHT_END, HIGHLIGHT_START } from "@/lib/search/markers";
import { searchIndex } from "@/lib/search/query";
import { ensureRestrictedKeys, type RestrictedKeys } from "@/lib/search/keys";
import { commandLine, findProcesses, processEnvironment } from "@/tests/support/processes";
import { startTestMeilisearch } from "@/tests/support/search";

// A small fixture corpus in two locales, parsed by the same parser as the real content.
function fixturePage(locale: Locale, slug: string, title: string, body: string, type: SearchDocument["type"] = "guide"): SearchDocument[] {
  return pageDocuments({
    id: `${type}-${slug}`,
    url: `/${locale}/guides/${slug}`,
    title,
    summary: title,
    sections: parseMdxBody(body).sections,
    type,
    pillar: "recognition",
    country: null,
    locale,
    lastReviewed: "2026-11-25",
  });
}

const corpus = [
  ...fixturePage(
    "en",
    "recognition",
    "Recognition of qualifications",
    "## Your diploma [#diploma]\n\nAsk the ENIC-NARIC centre to compare your diploma.\n\n## Regulated jobs [#regulated]\n\nNurses need an authority's decision.\n",
  ),
  ...fixturePage(
    "en",
    "fraud",
    "Avoiding fraud",
    "## Fake offers [#fake-offers]\n\nA recruiter asking for money is a warning sign. Never pay for a job, whatever &lt;script&gt; they show you.\n",
  ),
  ...fixturePage(
    "fr",
    "recognition",
    "Reconnaissance des qualifications",
    "## Votre diplôme [#diploma]\n\nDemandez au centre ENIC-NARIC de comparer votre diplôme.\n",
  ),
];

describe("search on a real Meilisearch", () => {
  let meili: Awaited<ReturnType<typeof startTestMeilisearch>>;
  let client: Meilisearch;
  const prefix = "fixture";
  const query = (q: string, locale: Locale = "en") => searchIndex(client, prefix, { q, locale, page: 1 });

  before(async () => {
    meili = await startTestMeilisearch();
    client = createSearchClient({ host: meili.host, apiKey: meili.masterKey, timeoutMs: 5000 });
    await rebuildIndexes(client, prefix, corpus);
  });
  after(async () => {
    await meili?.stop();
  });

  it("waits for an indexing task, and reports one that failed with Meilisearch's reason", async () => {
    const index = client.index(`${prefix}_scratch`);
    await waitFor(client, await index.addDocuments([{ id: "one" }], { primaryKey: "id" }), "add one");
    await assert.rejects(
      async () => waitFor(client, await index.addDocuments([{ id: "not valid!" }]), "add an invalid id"),
      /Meilisearch task "add an invalid id" failed: .*id/,
    );
    await waitFor(client, await client.deleteIndex(`${prefix}_scratch`), "delete scratch");
  });

  it("indexes each locale separately", async () => {
    const fr = await query("diplôme", "fr");
    assert.ok(fr.hits.length > 0);
    assert.ok(fr.hits.every((hit) => hit.locale === "fr" && hit.url.startsWith("/fr/")));
    assert.equal((await query("diplôme", "en")).hits.filter((h) => h.url.startsWith("/fr/")).length, 0);
  });

  it("finds a page despite a typo, and by an acronym", async () => {
    assert.equal((await query("recogniton")).hits[0]?.url.split("#")[0], "/en/guides/recognition");
    assert.equal((await query("ENIC-NARIC")).hits[0]?.url.split("#")[0], "/en/guides/recognition");
  });

  it("finds other forms of a page's words through their stems, and ignores question words", async () => {
    // "nursing" is neither a typo nor a prefix of "Nurses": only the stemmed fields match it.
    assert.equal((await query("nursing")).hits[0]?.url, "/en/guides/recognition#regulated");
    assert.equal((await query("how do I avoid fraud")).hits[0]?.url.split("#")[0], "/en/guides/fraud");
    // The synonym list has "scam" only: the stems' index has it stemmed, so the plural finds the fraud page too.
    assert.equal((await query("scams")).hits[0]?.url.split("#")[0], "/en/guides/fraud");
  });

  it("suggests a close spelling that has results when a query has none", async () => {
    // Three letters are too short for a typo in the pages' index, not among the corpus's words.
    const result = await query("pey");
    assert.equal(result.total, 0);
    assert.equal(result.suggestion, "pay");
    assert.ok((await query("pay")).total > 0);
    assert.equal((await query("qqqzzzxxx")).suggestion, null);
    assert.equal((await query("diploma")).suggestion, null, "no suggestion when the query has results");
  });

  it("links a section hit to an id that exists on the page", async () => {
    const hit = (await query("nurses authority decision")).hits[0];
    assert.equal(hit?.url, "/en/guides/recognition#regulated");
    assert.equal(hit?.section, "Regulated jobs", "the hit names the section it links to");
  });

  it("returns snippets with our markers only, never HTML from the index", async () => {
    const hit = (await query("recruiter money")).hits[0];
    assert.ok(hit, "a hit");
    assert.ok(
      hit.snippet.includes(`${HIGHLIGHT_START}recruiter${HIGHLIGHT_END}`) ||
        hit.snippet.includes(`${HIGHLIGHT_START}money${HIGHLIGHT_END}`),
      hit.snippet,
    );
    assert.ok(!hit.snippet.includes("<em>"));
    // Text that looks like HTML stays text: the page renders snippets as text nodes with <mark>, never as HTML.
    const unmarked = (snippet: string) => snippet.replaceAll(HIGHLIGHT_START, "").replaceAll(HIGHLIGHT_END, "");
    assert.ok((await query("recruiter script")).hits.some((h) => unmarked(h.snippet).includes("<script>")));
    // A query that looks like HTML is searched as words, and its snippet still carries nothing but our markers.
    const html = await query("<script>");
    assert.equal(html.hits[0]?.url, "/en/guides/fraud#fake-offers");
    assert.ok(!/<(?!script>)[a-z/]/i.test(html.hits[0]!.snippet), html.hits[0]!.snippet);
  });

  it("keeps serving the old index while a new one is built, then swaps", async () => {
    const next = [...corpus, ...fixturePage("en", "brand-new", "Brand new page about zebras", "## Zebras [#zebras]\n\nStripes.\n")];
    const rebuild = rebuildIndexes(client, prefix, next);
    const seen: number[] = [];
    let sawOld = false;
    let sawNew = false;
    let done = false;
    void rebuild.finally(() => (done = true));
    while (!done) {
      const [result, zebras] = await Promise.all([query("qualifications"), query("zebras")]);
      seen.push(result.total);
      if (zebras.total === 0) sawOld = true;
      else sawNew = true;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await rebuild;
    // Readers were reading on both sides of the swap (en is swapped first, then five more locales are built)...
    assert.ok(sawOld && sawNew, `reads during the rebuild saw the old index: ${sawOld}, the new one: ${sawNew}`);
    // ...and none of them found the index empty.
    assert.ok(
      seen.every((total) => total > 0),
      `a reader saw an empty index: ${seen.join(",")}`,
    );
    assert.equal((await query("zebras")).hits[0]?.url.split("#")[0], "/en/guides/brand-new");
    assert.deepEqual(
      (await client.getIndexes({ limit: 100 })).results.map((i) => i.uid).filter((uid) => uid.includes("__next")),
      [],
    );
  });

  it("replaces one country's documents without touching the others", async () => {
    const country = (name: string, text: string) =>
      pageDocuments({
        id: "country-germany",
        url: "/en/countries/germany",
        title: name,
        summary: "",
        facts: text,
        sections: [],
        type: "country",
        pillar: null,
        country: "germany",
        locale: "en",
        lastReviewed: "2026-11-25",
      });
    await replaceCountryDocuments(client, prefix, "germany", "en", country("Germany", "Opportunity Card"));
    assert.equal((await query("Opportunity Card")).hits[0]?.url, "/en/countries/germany");
    await replaceCountryDocuments(client, prefix, "germany", "en", country("Germany", "Chancenkarte points system"));
    assert.equal((await query("Chancenkarte")).hits[0]?.url, "/en/countries/germany");
    assert.ok(!(await query("Opportunity")).hits.some((hit) => hit.url === "/en/countries/germany"), "the old text is gone");
    for (const uid of documentIndexNames(prefix, "en"))
      assert.equal((await client.index(uid).search("", { filter: 'type = "country"' })).hits.length, 1, uid);
    assert.ok((await query("recogniton")).total > 0, "guidance documents are untouched");
  });
});

describe("the web server's restricted Meilisearch keys", () => {
  let meili: Awaited<ReturnType<typeof startTestMeilisearch>>;
  let master: Meilisearch;
  let keys: RestrictedKeys;
  const prefix = "keyed";
  const as = (apiKey: string) => createSearchClient({ host: meili.host, apiKey, timeoutMs: 5000 });
  // Meilisearch answers 403 to a key without the action or the index.
  const refused = (run: () => Promise<unknown>) =>
    assert.rejects(run, (error: Error) => error.cause instanceof MeilisearchHttpError && error.cause.status === 403);

  before(async () => {
    meili = await startTestMeilisearch();
    master = createSearchClient({ host: meili.host, apiKey: meili.masterKey, timeoutMs: 5000 });
    await rebuildIndexes(master, prefix, corpus);
    await rebuildIndexes(master, "other", corpus);
    keys = await ensureRestrictedKeys(master, prefix);
  });
  after(async () => {
    await meili?.stop();
  });

  it("finds the same keys again on the next start instead of making new ones", async () => {
    assert.deepEqual(await ensureRestrictedKeys(master, prefix), keys);
    const ours = (await master.getKeys({ limit: 100 })).results.filter((key) => key.name?.startsWith(`passage ${prefix}`));
    assert.equal(ours.length, 2);
    assert.notEqual(keys.searchKey, meili.masterKey);
  });

  it("the search key searches the portal's indexes and nothing else", async () => {
    const search = as(keys.searchKey);
    assert.ok((await searchIndex(search, prefix, { q: "diploma", locale: "en", page: 1 })).total > 0);
    await refused(() => search.index(indexName("other", "en")).search("diploma"));
    await refused(() => search.index(indexName(prefix, "en")).addDocuments([{ id: "x" }]));
    await refused(() => search.getKeys());
    await refused(() => search.deleteIndex(indexName(prefix, "en")));
  });

  it("the write key re-indexes a published profile, and can neither search nor manage indexes or keys", async () => {
    const write = as(keys.writeKey);
    const profile = (text: string) =>
      fixturePage("en", "testland", "Testland", `## Visa [#visa]\n\n${text}\n`, "country").map((document) => ({
        ...document,
        country: "testland",
      }));
    const zug = () => searchIndex(master, prefix, { q: "zug", locale: "en", page: 1 });
    await replaceCountryDocuments(write, prefix, "testland", "en", profile("Apply at the consulate in Zog."));
    assert.ok((await searchIndex(master, prefix, { q: "consulate", locale: "en", page: 1 })).total > 0);
    // "Did you mean" learns a published word (three letters: too short for a typo in the pages' index), and forgets it.
    assert.equal((await zug()).suggestion, null, "not before the words are recounted");
    await refreshTerms(write, prefix, "en");
    assert.equal((await zug()).suggestion, "zog");
    await replaceCountryDocuments(write, prefix, "testland", "en", profile("Apply at the consulate."));
    await refreshTerms(write, prefix, "en");
    assert.equal((await zug()).suggestion, null);
    assert.equal((await searchIndex(master, prefix, { q: "pey", locale: "en", page: 1 })).suggestion, "pay", "the other words stay");
    await refused(() => write.index(indexName(prefix, "en")).search("visa"));
    await refused(() => write.index(indexName("other", "en")).addDocuments([{ id: "x" }]));
    await refused(() => write.createIndex(`${prefix}_new`));
    await refused(() => write.getKeys());
  });

  it("the embedded Meilisearch gets its master key through its environment, not its command line", () => {
    const port = new URL(meili.host).port;
    const [pid] = findProcesses((line) => line.includes("meilisearch") && line.includes(`--http-addr 127.0.0.1:${port}`));
    assert.ok(pid, "the Meilisearch process is found");
    assert.ok(!commandLine(pid).includes(meili.masterKey) && !commandLine(pid).includes("--master-key"));
    assert.equal(processEnvironment(pid).get("MEILI_MASTER_KEY"), meili.masterKey);
  });
});
