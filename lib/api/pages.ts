// The content API's pages: every guidance page, country profile and country route page in one language, and each page
// as structured JSON. Read from the content files and the cached published reads (lib/editorial/published.ts), never
// the database itself; each answer is kept in Next's data cache under the tags a publish expires.
import "server-only";
import { unstable_cache } from "next/cache";
import { PROFILES_TAG, profileTag } from "@/lib/cache/tags.mjs";
import { countrySlugs } from "@/lib/content/countries";
import { guidanceLocales, listGuidance, loadGuidancePage, pageLinks, refFromKey, type GuidanceRef } from "@/lib/content/guidance";
import type { CountryFacts } from "@/lib/content/schema";
import { publishedCountryRoutes, publishedRouteTable } from "@/lib/editorial/published";
import { referenceLocale, type Locale } from "@/lib/i18n/locales";
import { countriesTranslator, routesTranslator } from "@/lib/i18n/messages";
import type { CountryRoute } from "@/lib/routes/country-routes";
import { routeName } from "@/lib/routes/route-name";
import { countryLocales } from "./countries";
import { pageApiPath, pageUrl } from "./urls";
import { bodyBlocks, type BodyBlocks, type LinkResolver } from "./blocks";
import { routeSections } from "./route-sections";
import { targetPath, type PageTarget } from "./targets";
import { translationStatus } from "./translation";
import { pageDocumentSchema, pageListSchema, type PageDocument, type PageSummary } from "./schemas";

/** Content links as a client follows them: site paths in the reader's language, #anchors on the page itself. */
function linkResolver(locale: Locale, path: string): LinkResolver {
  return (url) => (url.startsWith("#") ? `${pageUrl(locale, path)}${url}` : url.startsWith("/") ? pageUrl(locale, url) : url);
}

/** The languages a page exists in: none when it does not exist at all. From the file tree and the cached route table. */
export async function pageLocales(target: PageTarget): Promise<Locale[]> {
  if (target.kind === "guidance") return guidanceLocales(target.ref);
  if (target.kind === "country") return countryLocales(target.country);
  if (!(await countrySlugs()).includes(target.country)) return [];
  const country = (await publishedRouteTable()).find((entry) => entry.country === target.country);
  return country?.routes.find((route) => route.id === target.route)?.locales ?? [];
}

type RouteContext = NonNullable<Awaited<ReturnType<typeof countryContext>>>;

function routeSummary(
  locale: Locale,
  country: string,
  context: RouteContext,
  route: CountryRoute,
  t: Awaited<ReturnType<typeof routesTranslator>>,
) {
  const { facts } = context.profile;
  const name = routeName(t, { id: route.id, scheme: route.scheme, name: route.text?.name }, facts.name);
  const path = `/countries/${country}/${route.id}`;
  return {
    path,
    locale,
    url: pageUrl(locale, path),
    api: pageApiPath(locale, path),
    type: "route" as const,
    pillar: null,
    country,
    title: t("title", { route: name, country: facts.name }),
    description: route.text?.summary ?? "",
    lastReviewed: context.referenceRoutes?.lastReviewed ?? facts.lastReviewed,
    translation: translationStatus(
      locale,
      facts.routeTexts?.translation?.reviewed,
      context.profile.outdated,
      context.routeLocales(route.id),
    ),
  };
}

async function countrySummary(locale: Locale, country: string, facts: CountryFacts, outdated: boolean, availableIn: Locale[]) {
  const t = await countriesTranslator(locale);
  const path = `/countries/${country}`;
  return {
    path,
    locale,
    url: pageUrl(locale, path),
    api: pageApiPath(locale, path),
    type: "country" as const,
    pillar: null,
    country,
    title: facts.name,
    description: t("description", { name: facts.name }),
    lastReviewed: facts.lastReviewed,
    translation: translationStatus(locale, facts.translation?.reviewed, outdated, availableIn),
  };
}

async function guidanceSummary(ref: GuidanceRef & { locales: Locale[] }, locale: Locale) {
  const page = await loadGuidancePage(ref, locale);
  if (!page) return null;
  const { frontmatter } = page;
  return {
    page,
    summary: {
      path: page.path,
      locale,
      url: pageUrl(locale, page.path),
      api: pageApiPath(locale, page.path),
      type: page.type,
      pillar: frontmatter.pillar,
      country: null,
      title: frontmatter.title,
      description: frontmatter.description,
      lastReviewed: frontmatter.lastReviewed,
      translation: translationStatus(locale, frontmatter.translation?.reviewed, page.outdated, ref.locales),
    } satisfies PageSummary,
  };
}

async function buildPageList(locale: Locale) {
  const pages: PageSummary[] = [];
  for (const ref of await listGuidance()) {
    if (!ref.locales.includes(locale)) continue;
    const loaded = await guidanceSummary(ref, locale);
    if (loaded) pages.push(loaded.summary);
  }
  const t = await routesTranslator(locale);
  for (const country of await countrySlugs()) {
    const context = await countryContext(country, locale);
    if (!context) continue;
    pages.push(await countrySummary(locale, country, context.profile.facts, context.profile.outdated, await countryLocales(country)));
    for (const route of context.routes) if (route.text) pages.push(routeSummary(locale, country, context, route, t));
  }
  return pageListSchema.parse({ locale, total: pages.length, pages });
}

/** A country's published profile and routes in one language, with the routes' review dates (in the English facts). */
async function countryContext(country: string, locale: Locale) {
  const context = await publishedCountryRoutes(country, locale);
  if (!context) return null;
  const english = locale === referenceLocale ? context : await publishedCountryRoutes(country, referenceLocale);
  return { ...context, referenceRoutes: english?.profile.facts.routes };
}

function document(summary: PageSummary, extra: Omit<PageDocument, keyof PageSummary>): PageDocument {
  return pageDocumentSchema.parse({ ...summary, ...extra });
}

async function buildGuidanceDocument(ref: GuidanceRef & { locales: Locale[] }, locale: Locale): Promise<PageDocument | null> {
  const loaded = await guidanceSummary(ref, locale);
  if (!loaded) return null;
  const { page, summary } = loaded;
  const related = await pageLinks(
    page.frontmatter.related.map(refFromKey).filter((related): related is GuidanceRef => related !== null),
    locale,
  );
  return document(summary, {
    reviewDue: page.frontmatter.reviewDue,
    ...withUrls(bodyBlocks(page.body.tree, linkResolver(locale, page.path)), locale, page.path),
    sources: page.frontmatter.sources,
    related: related.map((link) => ({
      path: link.path,
      locale: link.locale,
      url: pageUrl(link.locale, link.path),
      title: link.title,
      description: link.description,
    })),
    route: null,
  });
}

function withUrls(blocks: BodyBlocks, locale: Locale, path: string) {
  return {
    intro: blocks.intro,
    sections: blocks.sections.map((section) => ({ ...section, url: `${pageUrl(locale, path)}#${section.id}` })),
  };
}

async function buildCountryDocument(country: string, locale: Locale): Promise<PageDocument | null> {
  const context = await countryContext(country, locale);
  if (!context) return null;
  const { facts, body } = context.profile;
  const path = `/countries/${country}`;
  const summary = await countrySummary(locale, country, facts, context.profile.outdated, await countryLocales(country));
  const t = await routesTranslator(locale);
  return document(summary, {
    reviewDue: facts.reviewDue,
    ...withUrls(bodyBlocks(body.tree, linkResolver(locale, path)), locale, path),
    sources: facts.sources,
    related: context.routes
      .filter((route) => route.text)
      .map((route) => {
        const related = routeSummary(locale, country, context, route, t);
        return { path: related.path, locale, url: related.url, title: related.title, description: related.description };
      }),
    route: null,
  });
}

async function buildRouteDocument(country: string, id: string, locale: Locale): Promise<PageDocument | null> {
  const context = await countryContext(country, locale);
  const route = context?.routes.find((candidate) => candidate.id === id);
  if (!context || !route?.text) return null;
  const t = await routesTranslator(locale);
  const { facts } = context.profile;
  const summary = routeSummary(locale, country, context, route, t);
  const sections = routeSections({
    locale,
    t,
    facts,
    route,
    routes: context.routes,
    routeUrl: (other) => pageUrl(locale, `/countries/${country}/${other}`),
  });
  return document(summary, {
    reviewDue: context.referenceRoutes?.reviewDue ?? facts.reviewDue,
    intro: [{ type: "paragraph", text: route.text.summary, links: [] }],
    sections: sections.map((section) => ({ ...section, url: `${summary.url}#${section.id}` })),
    sources: route.facts.sources,
    related: route.pathway
      ? (await pageLinks([{ type: "pathway", slug: route.pathway }], locale)).map((link) => ({
          path: link.path,
          locale: link.locale,
          url: pageUrl(link.locale, link.path),
          title: link.title,
          description: link.description,
        }))
      : [],
    route: {
      id: route.id,
      status: route.status,
      nationalName: route.facts.nationalName ?? null,
      figures: route.facts.figures.map((figure) => ({ ...figure, label: route.text!.figures[figure.id] ?? null })),
    },
  });
}

/** Every page in one language (guidance, country profiles, country routes), kept until a publish. */
export function pageList(locale: Locale) {
  return unstable_cache(() => buildPageList(locale), ["api:pages", locale], { tags: [PROFILES_TAG] })();
}

/**
 * One page as structured JSON; call it only for a target that exists in `locale` (see pageLocales), so that the cache
 * holds real pages only. Country pages are kept until their country is published again.
 */
export function pageDocument(target: PageTarget, locale: Locale): Promise<PageDocument | null> {
  const key = ["api:page", locale, targetPath(target)];
  if (target.kind === "guidance")
    return unstable_cache(async () => buildGuidanceDocument({ ...target.ref, locales: await guidanceLocales(target.ref) }, locale), key)();
  const tags = [profileTag(target.country)];
  if (target.kind === "country") return unstable_cache(() => buildCountryDocument(target.country, locale), key, { tags })();
  return unstable_cache(() => buildRouteDocument(target.country, target.route, locale), key, { tags })();
}
