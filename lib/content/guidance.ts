// Guidance pages: pillar hubs, pathways and guides, one MDX file per page per locale under content/.
import path from "node:path";
import { isLocale, referenceLocale, type Locale } from "@/lib/i18n/locales";
import { contentRoot, loadMdxFile, mdxLocalesIn, subfolders, type ContentFile } from "./files";
import { ContentError } from "./errors";
import { guidanceFolders as folderOf, guidanceTypes, type GuidanceType } from "./page-types";
import { pillars, type Pillar } from "./pillars";
import { guidanceFrontmatterSchema, type GuidanceFrontmatter } from "./schema";

export interface GuidanceRef {
  type: GuidanceType;
  slug: string;
}

export interface GuidancePage extends GuidanceRef, ContentFile<GuidanceFrontmatter> {
  locale: Locale;
  /** Site path without the locale prefix, e.g. /pathways/eu-blue-card. */
  path: string;
  /** For translations: true when the English page changed after this translation was made. */
  outdated: boolean;
}

/** `hubs/visas`, `pathways/eu-blue-card`: the form used in `related` frontmatter. */
export function contentKey({ type, slug }: GuidanceRef) {
  return `${folderOf[type]}/${slug}`;
}

export function guidancePath({ type, slug }: GuidanceRef) {
  return type === "hub" ? `/${slug}` : `/${folderOf[type]}/${slug}`;
}

export function refFromKey(key: string): GuidanceRef | null {
  const [folder, slug] = key.split("/");
  const type = guidanceTypes.find((candidate) => folderOf[candidate] === folder);
  return type && slug ? { type, slug } : null;
}

/** The locales one guidance page exists in; none when it has no file in the reference language. */
export async function guidanceLocales({ type, slug }: GuidanceRef): Promise<Locale[]> {
  const locales = (await mdxLocalesIn(path.join(contentRoot, folderOf[type], slug))).filter(isLocale);
  return locales.includes(referenceLocale) ? locales : [];
}

/** Every guidance page that exists in the reference language, with the locales it is available in. */
export async function listGuidance(): Promise<(GuidanceRef & { locales: Locale[] })[]> {
  const pages: (GuidanceRef & { locales: Locale[] })[] = [];
  for (const type of guidanceTypes) {
    for (const slug of await subfolders(path.join(contentRoot, folderOf[type]))) {
      const locales = await guidanceLocales({ type, slug });
      if (locales.length) pages.push({ type, slug, locales });
    }
  }
  return pages;
}

/** Loads one page in one locale; null when that translation does not exist. */
export async function loadGuidancePage(ref: GuidanceRef, locale: Locale): Promise<GuidancePage | null> {
  const file = path.join(contentRoot, folderOf[ref.type], ref.slug, `${locale}.mdx`);
  const loaded = await loadMdxFile(file, guidanceFrontmatterSchema);
  if (!loaded) return null;
  const problems: string[] = [];
  if (loaded.frontmatter.type !== ref.type) problems.push(`type: must be "${ref.type}" for a file under ${folderOf[ref.type]}/`);
  if (ref.type === "hub" && loaded.frontmatter.pillar !== ref.slug) problems.push(`pillar: must be "${ref.slug}" for this hub`);
  if (locale === referenceLocale && loaded.frontmatter.translation) problems.push("translation: the English reference has no translation block");
  if (locale !== referenceLocale && !loaded.frontmatter.translation) problems.push("translation: a translation must say whether it was reviewed");
  if (problems.length) throw new ContentError(loaded.file, problems);

  let outdated = false;
  if (locale !== referenceLocale) {
    const reference = await loadGuidancePage(ref, referenceLocale);
    outdated = reference !== null && loaded.frontmatter.translation?.sourceDigest !== reference.digest;
  }
  return { ...loaded, ...ref, locale, path: guidancePath(ref), outdated };
}

/** Loads every page in every locale (throws on the first invalid file). */
export async function loadAllGuidance(): Promise<GuidancePage[]> {
  const pages: GuidancePage[] = [];
  for (const ref of await listGuidance()) {
    for (const locale of ref.locales) {
      const page = await loadGuidancePage(ref, locale);
      if (page) pages.push(page);
    }
  }
  return pages;
}

export interface PageLink extends GuidanceRef {
  /** Site path without the locale prefix: localize it with the page's own `locale`. */
  path: string;
  title: string;
  description: string;
  /** The page's language: the reader's, or English where the translation is missing. */
  locale: Locale;
}

/** Links to pages in the reader's language, falling back to the English reference where a translation is missing. */
export async function pageLinks(refs: GuidanceRef[], locale: Locale): Promise<PageLink[]> {
  const links: PageLink[] = [];
  for (const ref of refs) {
    const page = (await loadGuidancePage(ref, locale)) ?? (await loadGuidancePage(ref, referenceLocale));
    if (page)
      links.push({
        type: page.type,
        slug: page.slug,
        path: page.path,
        title: page.frontmatter.title,
        description: page.frontmatter.description,
        locale: page.locale,
      });
  }
  return links;
}

/** The pathways and guides of one pillar, for its hub. */
export async function pillarRefs(pillar: Pillar): Promise<GuidanceRef[]> {
  const refs: GuidanceRef[] = [];
  for (const ref of await listGuidance()) {
    if (ref.type === "hub") continue;
    const page = await loadGuidancePage(ref, referenceLocale);
    if (page?.frontmatter.pillar === pillar) refs.push(ref);
  }
  return refs;
}

/** Where to start when search cannot help: each pillar's hub with its first pathways and guides, in the reader's language. */
export async function pillarStartingPoints(locale: Locale, perPillar = 3): Promise<{ hub: PageLink; pages: PageLink[] }[]> {
  const points: { hub: PageLink; pages: PageLink[] }[] = [];
  for (const pillar of pillars) {
    const [hub] = await pageLinks([{ type: "hub", slug: pillar }], locale);
    if (hub) points.push({ hub, pages: await pageLinks((await pillarRefs(pillar)).slice(0, perPillar), locale) });
  }
  return points;
}
