// Whole-corpus checks: every file valid, section ids identical across translations, every internal link and #anchor
// resolving, every related page and glossary term existing. Used by `npm run content:check` and the tests.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { locales, referenceLocale, type Locale } from "@/lib/i18n/locales";
import { loadCountrySeeds, type CountrySeed } from "./countries";
import { checkRouteFiles, loadRouteFacts } from "./country-routes";
import { ContentError } from "./errors";
import { contentRoot, subfolders } from "./files";
import { loadGlossary } from "./glossary";
import { contentKey, listGuidance, loadGuidancePage, type GuidancePage } from "./guidance";
import type { GlossaryEntry } from "./schema";
import { sourcingProblems, textBlocks, type TextBlock } from "./sourcing";
import { appPagePaths } from "@/lib/site/pages";

export interface ContentReport {
  pages: GuidancePage[];
  countries: CountrySeed[];
  glossary: Partial<Record<Locale, GlossaryEntry[]>>;
  /** "file: problem" lines; empty when the corpus is valid. */
  problems: string[];
}

/** Site paths that are pages but not content files. */
const appPaths = new Set<string>([...appPagePaths, "/search"]);

export async function checkContent(): Promise<ContentReport> {
  const problems: string[] = [];
  const collect = async <T>(run: () => Promise<T>): Promise<T | null> => {
    try {
      return await run();
    } catch (error) {
      if (error instanceof ContentError) {
        problems.push(...error.problems.map((problem) => `${error.file}: ${problem}`));
        return null;
      }
      throw error;
    }
  };

  const pages: GuidancePage[] = [];
  const refs = await listGuidance();
  for (const ref of refs) {
    for (const locale of ref.locales) {
      const page = await collect(() => loadGuidancePage(ref, locale));
      if (page) pages.push(page);
    }
  }
  const countries = (await collect(loadCountrySeeds)) ?? [];
  const glossary: ContentReport["glossary"] = {};
  for (const locale of locales) {
    const entries = await collect(() => loadGlossary(locale));
    if (entries) glossary[locale] = entries;
  }

  // Pages and anchors that exist, by site path.
  const anchors = new Map<string, Set<string>>();
  for (const page of pages.filter((p) => p.locale === referenceLocale)) anchors.set(page.path, new Set([...page.body.sections.map((s) => s.id), "sources"]));
  for (const country of countries.filter((c) => c.locale === referenceLocale)) anchors.set(`/countries/${country.country}`, new Set([...country.body.sections.map((s) => s.id), "facts", "sources"]));
  for (const slug of await subfolders(path.join(contentRoot, "countries"))) {
    if (!anchors.has(`/countries/${slug}`)) anchors.set(`/countries/${slug}`, new Set(["facts", "sources"]));
    // Country route pages (/countries/<country>/<route>), as seeded from routes.yaml; its own problems are reported below.
    const routes = await loadRouteFacts(slug).catch(() => null);
    for (const route of Object.keys(routes?.data.routes ?? {})) anchors.set(`/countries/${slug}/${route}`, new Set());
  }
  const glossaryIds = new Set((glossary[referenceLocale] ?? []).map((entry) => entry.id));
  anchors.set("/glossary", glossaryIds);
  const keys = new Set(refs.map(contentKey));

  const checkLinks = (file: string, links: { url: string; line: number }[], ownAnchors: Set<string>) => {
    for (const { url, line } of links) {
      if (/^(https?:|mailto:)/.test(url)) continue;
      const [pathname = "", anchor] = url.split("#");
      if (!pathname) {
        if (anchor && !ownAnchors.has(anchor)) problems.push(`${file}: line ${line}: #${anchor} is not a section of this page`);
        continue;
      }
      if (/^\/(en|fr|es|pt|ar|uk)(\/|$)/.test(pathname)) {
        problems.push(`${file}: line ${line}: ${url}: internal links omit the locale (the reader's is added)`);
        continue;
      }
      const target = anchors.get(pathname);
      if (!target && !appPaths.has(pathname)) problems.push(`${file}: line ${line}: ${url}: no such page`);
      else if (anchor && target && !target.has(anchor)) problems.push(`${file}: line ${line}: ${url}: no section #${anchor} on that page`);
    }
  };

  for (const page of pages) {
    checkLinks(page.file, page.body.links, new Set([...page.body.sections.map((s) => s.id), "sources"]));
    for (const key of page.frontmatter.related) if (!keys.has(key)) problems.push(`${page.file}: related: ${key}: no such page`);
    for (const term of page.body.terms) if (glossaryIds.size && !glossaryIds.has(term)) problems.push(`${page.file}: <Term id="${term}"> is not in the glossary`);
    if (page.locale !== referenceLocale) {
      const reference = pages.find((p) => p.locale === referenceLocale && p.type === page.type && p.slug === page.slug);
      const ids = (p: GuidancePage) => p.body.sections.map((s) => s.id).join(",");
      if (reference && ids(reference) !== ids(page)) problems.push(`${page.file}: section ids differ from the English page (${ids(page)} ≠ ${ids(reference)})`);
    }
  }
  for (const country of countries) {
    checkLinks(country.file, country.body.links, new Set(country.body.sections.map((s) => s.id)));
    const reference = countries.find((c) => c.country === country.country && c.locale === referenceLocale);
    if (reference && country !== reference) {
      const shared = (c: CountrySeed) => JSON.stringify([c.frontmatter.isoCode, c.frontmatter.schengen, c.frontmatter.directives, c.frontmatter.offers, c.body.sections.map((s) => s.id)]);
      if (shared(country) !== shared(reference)) problems.push(`${country.file}: isoCode, schengen, directives, offers or section ids differ from the English profile`);
    }
  }
  for (const country of new Set(countries.map((c) => c.country))) problems.push(...(await checkRouteFiles(country, locales, referenceLocale)));
  problems.push(...(await checkSourcing(pages, countries, glossary[referenceLocale] ?? [])));
  const referenceGlossary = glossary[referenceLocale]?.map((e) => e.id).join(",");
  for (const locale of locales) {
    const ids = glossary[locale]?.map((e) => e.id).join(",");
    if (ids !== undefined && ids !== referenceGlossary) problems.push(`content/glossary/${locale}.yaml: term ids differ from en.yaml`);
  }
  return { pages, countries, glossary, problems };
}


/**
 * English content only (translations follow it): every figure sourced in its block, every Danish or Irish opt-out
 * naming its instrument. Covers guidance pages, the glossary, and country profiles (body and facts' summaries).
 */
async function checkSourcing(pages: GuidancePage[], countries: CountrySeed[], glossary: GlossaryEntry[]): Promise<string[]> {
  const problems: string[] = [];
  const report = (file: string, blocks: TextBlock[]) => problems.push(...sourcingProblems(blocks).map((problem) => `${file}: ${problem}`));
  for (const page of pages.filter((p) => p.locale === referenceLocale)) report(page.file, textBlocks(page.body.tree, page.lineOffset));
  for (const country of countries.filter((c) => c.locale === referenceLocale)) {
    report(country.file, textBlocks(country.body.tree, country.lineOffset));
    // Each summary carries its official link, so only the opt-out wording can fail here.
    const summaries = [...country.frontmatter.nationalSchemes, ...country.frontmatter.languageRequirements];
    const lines = country.source.split("\n");
    const lineOf = (text: string) => lines.findIndex((line) => line.includes(text.slice(0, 40))) + 1;
    report(country.file, summaries.map((s) => ({ kind: "item" as const, line: lineOf(s.summary), text: s.summary, linked: true })));
  }
  const file = path.join("content", "glossary", `${referenceLocale}.yaml`);
  const lines = (await readFile(path.join(contentRoot, "glossary", `${referenceLocale}.yaml`), "utf8").catch(() => "")).split("\n");
  const lineOf = (id: string) => lines.findIndex((line) => line.trim() === `- id: ${id}`) + 1;
  report(file, glossary.map((entry) => ({ kind: "paragraph" as const, line: lineOf(entry.id), text: entry.definition, linked: Boolean(entry.url) })));
  return problems;
}
