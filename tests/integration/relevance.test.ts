import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Meilisearch } from "meilisearch";
import { loadCountrySeeds } from "@/lib/content/countries";
import type { Locale } from "@/lib/i18n/locales";
import { createSearchClient } from "@/lib/search/client";
import { seedCountryDocuments } from "@/lib/search/countries";
import { buildGuidanceDocuments } from "@/lib/search/documents";
import { rebuildIndexes } from "@/lib/search/indexer";
import { searchIndex } from "@/lib/search/query";
import { startTestMeilisearch } from "@/tests/support/search";

// What people type, in their language, with the page that must come in the first three results (any of the listed).
const cases: [Locale, string, string[]][] = [
  ["en", "blue card salary threshold", ["/pathways/eu-blue-card"]],
  ["en", "bring my wife", ["/pathways/family-reunification", "/guides/family-life"]],
  ["en", "ENIC-NARIC", ["/guides/enic-naric-network"]],
  ["en", "ICT", ["/pathways/intra-corporate-transferee"]],
  ["en", "apostille", ["/guides/documents-legalisation-apostille"]],
  ["en", "aplying from abrod", ["/guides/applying-from-abroad"]],
  ["en", "germany", ["/countries/germany"]],
  ["en", "nurse", ["/guides/regulated-professions-health-care"]],
  ["en", "fake job offer", ["/guides/avoiding-fraud-and-scams"]],
  ["en", "send money home", ["/guides/remittances"]],
  ["en", "CEFR levels", ["/guides/cefr-levels-explained"]],
  ["en", "seasonal work", ["/pathways/seasonal-worker"]],
  ["en", "visa refused appeal", ["/guides/processing-times-refusals-appeals"]],
  [
    "en",
    "diploma recognition",
    ["/recognition", "/guides/academic-vs-professional-recognition", "/guides/enic-naric-network", "/guides/documents-for-recognition"],
  ],
  ["en", "studnets", ["/pathways/student"]],
  ["fr", "étudiants", ["/pathways/student"]],
  ["fr", "carte bleue européenne", ["/pathways/eu-blue-card"]],
  ["fr", "regroupement familial", ["/pathways/family-reunification"]],
  ["fr", "Allemagne", ["/countries/germany"]],
  ["fr", "arnaque", ["/guides/avoiding-fraud-and-scams"]],
  ["fr", "apostille", ["/guides/documents-legalisation-apostille"]],
  ["es", "tarjeta azul", ["/pathways/eu-blue-card"]],
  ["es", "Alemania", ["/countries/germany"]],
  ["es", "reagrupación familiar", ["/pathways/family-reunification"]],
  ["es", "estudiantes", ["/pathways/student"]],
  ["pt", "Cartão Azul", ["/pathways/eu-blue-card"]],
  ["pt", "reagrupamento familiar", ["/pathways/family-reunification"]],
  ["pt", "Portugal", ["/countries/portugal"]],
  ["ar", "البطاقة الزرقاء", ["/pathways/eu-blue-card"]],
  ["ar", "لم شمل الأسرة", ["/pathways/family-reunification"]],
  ["ar", "ألمانيا", ["/countries/germany"]],
  ["uk", "блакитна картка", ["/pathways/eu-blue-card"]],
  ["uk", "возз'єднання сім'ї", ["/pathways/family-reunification"]],
  ["uk", "Німеччина", ["/countries/germany"]],
  ["uk", "апостиль", ["/guides/documents-legalisation-apostille"]],
];

describe("relevance on the real corpus", () => {
  let meili: Awaited<ReturnType<typeof startTestMeilisearch>>;
  let client: Meilisearch;
  const misses: string[] = [];

  before(async () => {
    meili = await startTestMeilisearch();
    client = createSearchClient({ host: meili.host, apiKey: meili.masterKey, timeoutMs: 5000 });
    await rebuildIndexes(client, "relevance", [...(await buildGuidanceDocuments()), ...seedCountryDocuments(await loadCountrySeeds())]);
  });
  after(async () => {
    console.log(
      `relevance: ${cases.length - misses.length}/${cases.length} queries have the expected page in the top 3 (${Math.round((100 * (cases.length - misses.length)) / cases.length)}%)`,
    );
    if (misses.length) console.log(`missed:\n${misses.join("\n")}`);
    await meili?.stop();
  });

  for (const [locale, q, expected] of cases) {
    it(`${locale}: "${q}" → ${expected.join(" or ")}`, async () => {
      const result = await searchIndex(client, "relevance", { q, locale, page: 1 });
      const top = [...new Set(result.hits.map((hit) => hit.url.split("#")[0]!))].slice(0, 3);
      const ok = top.some((url) => expected.some((path) => url === `/${locale}${path}`));
      if (!ok) misses.push(`  ${locale} "${q}": got ${top.join(", ") || "nothing"}`);
      assert.ok(ok, `top 3: ${top.join(", ")}`);
    });
  }
});
