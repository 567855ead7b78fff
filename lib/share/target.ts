// What a share page or handout is about: an existing page (guidance from the content files, country and route pages
// from the cached published reads, never the database directly) and, optionally, one of its sections, with what the
// handout prints of it. Resolved once per request by the route handler (for the status) and by the page (to render).
import "server-only";
import type { Root, RootContent } from "mdast";
import { getTranslations } from "next-intl/server";
import { countrySlugs } from "@/lib/content/countries";
import { loadGuidancePage } from "@/lib/content/guidance";
import { sectionNodes } from "@/lib/content/mdx";
import type { Source } from "@/lib/content/schema";
import { publishedCountryRoutes } from "@/lib/editorial/published";
import type { Locale } from "@/lib/i18n/locales";
import { alternativesTo, type CountryRoute } from "@/lib/routes/country-routes";
import { routeName } from "@/lib/routes/route-name";
import { routeSections, type RouteSectionId } from "@/lib/routes/sections";
import { sharedPageRef, shareQueryFrom, type ShareQuery } from "./request";

/** What a handout prints under its heading: part of the page's MDX, or plain text and a list. */
export type HandoutBody = { kind: "mdx"; tree: Root } | { kind: "text"; lead?: string; items: string[]; ordered: boolean };

export interface ShareTarget {
  locale: Locale;
  query: ShareQuery;
  page: { title: string; summary: string; lastReviewed: string; reviewDue?: string; version: string; sources: Source[] };
  section: { id: string; title: string } | null;
  body: HandoutBody[];
}

export type ShareResolution =
  { status: 200; target: ShareTarget } | { status: 400; message: string } | { status: 404; reason: "page" | "section" };

/** The page's <Steps> blocks: what a whole-page handout prints besides its summary. */
function stepsOf(tree: Root): RootContent[] {
  return tree.children.filter((node) => node.type === "mdxJsxFlowElement" && node.name === "Steps");
}

const mdx = (children: RootContent[]): HandoutBody[] => (children.length ? [{ kind: "mdx", tree: { type: "root", children } }] : []);
const link = (value: { name: string; url: string }) => `${value.name}: ${value.url}`;

export async function resolveShareTarget(locale: Locale, params: URLSearchParams): Promise<ShareResolution> {
  const parsed = shareQueryFrom(params);
  if (!parsed.success) return { status: 400, message: parsed.error.issues.map((issue) => issue.message).join("; ") };
  const query = parsed.data;
  const ref = sharedPageRef(query.page)!;
  const sectionId = query.section;

  if (ref.kind === "guidance") {
    const page = await loadGuidancePage(ref.ref, locale);
    if (!page) return { status: 404, reason: "page" };
    const { frontmatter } = page;
    const pageInfo = {
      title: frontmatter.title,
      summary: frontmatter.description,
      lastReviewed: frontmatter.lastReviewed,
      reviewDue: frontmatter.reviewDue,
      version: page.digest.slice(0, 8),
      sources: frontmatter.sources,
    };
    if (!sectionId) return { status: 200, target: { locale, query, page: pageInfo, section: null, body: mdx(stepsOf(page.body.tree)) } };
    const section = page.body.sections.find((candidate) => candidate.id === sectionId);
    const nodes = sectionNodes(page.body.tree, sectionId);
    if (!section || !nodes) return { status: 404, reason: "section" };
    return { status: 200, target: { locale, query, page: pageInfo, section: { id: section.id, title: section.title }, body: mdx(nodes) } };
  }

  if (!(await countrySlugs()).includes(ref.country)) return { status: 404, reason: "page" };
  const published = await publishedCountryRoutes(ref.country, locale);
  if (!published) return { status: 404, reason: "page" };
  const { profile, routes } = published;
  const facts = profile.facts;
  const t = await getTranslations({ locale, namespace: "routes" });
  const version = String(profile.number);

  if (ref.kind === "country") {
    const tc = await getTranslations({ locale, namespace: "countries" });
    const pageInfo = {
      title: facts.name,
      summary: tc("description", { name: facts.name }),
      lastReviewed: facts.lastReviewed,
      reviewDue: facts.reviewDue,
      version,
      sources: facts.sources,
    };
    const withText = routes.filter((route) => route.text);
    const own: Record<string, () => { title: string; body: HandoutBody[] }> = {
      facts: () => ({
        title: tc("facts"),
        body: [
          {
            kind: "text",
            items: [facts.authority, facts.portal, facts.enicNaric, facts.visaApplication].flatMap((v) => (v ? [link(v)] : [])),
            ordered: false,
          },
        ],
      }),
      ...(withText.length
        ? {
            "ways-to-come": () => ({
              title: t("waysToCome", { country: facts.name }),
              body: [
                {
                  kind: "text",
                  items: withText.map(
                    (route) => `${routeName(t, { ...route, name: route.text?.name }, facts.name)}: ${route.text!.summary}`,
                  ),
                  ordered: false,
                },
              ],
            }),
          }
        : {}),
    };
    if (!sectionId) return { status: 200, target: { locale, query, page: pageInfo, section: null, body: [] } };
    const special = own[sectionId]?.();
    if (special)
      return {
        status: 200,
        target: { locale, query, page: pageInfo, section: { id: sectionId, title: special.title }, body: special.body },
      };
    const section = profile.body.sections.find((candidate) => candidate.id === sectionId);
    const nodes = sectionNodes(profile.body.tree, sectionId);
    if (!section || !nodes) return { status: 404, reason: "section" };
    return { status: 200, target: { locale, query, page: pageInfo, section: { id: section.id, title: section.title }, body: mdx(nodes) } };
  }

  const route = routes.find((candidate) => candidate.id === ref.route);
  if (!route?.text) return { status: 404, reason: "page" };
  const name = routeName(t, { id: route.id, scheme: route.scheme, name: route.text.name }, facts.name);
  const pageInfo = {
    title: t("title", { route: name, country: facts.name }),
    summary: route.text.summary,
    lastReviewed: facts.routes?.lastReviewed ?? facts.lastReviewed,
    reviewDue: facts.routes?.reviewDue ?? facts.reviewDue,
    version,
    sources: route.facts.sources,
  };
  const steps: HandoutBody = { kind: "text", items: route.facts.steps.map((step) => route.text!.steps[step] ?? step), ordered: true };
  if (!sectionId)
    return { status: 200, target: { locale, query, page: pageInfo, section: null, body: route.facts.steps.length ? [steps] : [] } };
  const id = routeSections(route).find((candidate) => candidate === sectionId);
  if (!id) return { status: 404, reason: "section" };
  const title = id === "status" ? t("statusHeading", { country: facts.name }) : t(id);
  return {
    status: 200,
    target: { locale, query, page: pageInfo, section: { id, title }, body: [routeSectionBody(id, route, routes, steps, t, facts.name)] },
  };
}

type RoutesTranslator = Awaited<ReturnType<typeof getTranslations<"routes">>>;

function routeSectionBody(
  id: RouteSectionId,
  route: CountryRoute,
  routes: CountryRoute[],
  steps: HandoutBody,
  t: RoutesTranslator,
  country: string,
): HandoutBody {
  const facts = route.facts;
  const text = (lead: string | undefined, items: string[] = []): HandoutBody => ({ kind: "text", lead, items, ordered: false });
  switch (id) {
    case "status":
      return text(t(`statusExplained.${route.status}`, { country }));
    case "alternatives":
      return text(
        route.text?.note,
        alternativesTo(route, routes)
          .filter((alternative) => alternative.text)
          .map((alternative) => `${routeName(t, { ...alternative, name: alternative.text?.name }, country)}: ${alternative.text!.summary}`),
      );
    case "apply":
      return text(undefined, [
        ...facts.decides.map(link),
        ...facts.apply.map((office) => `${t(`channel.${office.channel}`)}: ${link(office)}`),
      ]);
    case "conditions":
      return text(undefined, route.text?.conditions ?? []);
    case "recognition":
      return text(facts.requirements.recognition ? t(`recognitionValue.${facts.requirements.recognition}`) : undefined);
    case "family":
      return text(
        undefined,
        [facts.family?.url, facts.longTermResidence?.url].filter((url): url is string => !!url),
      );
    case "steps":
      return steps;
    case "figures":
      return text(
        undefined,
        facts.figures.map((figure) => route.text?.figures?.[figure.id] ?? figure.id),
      );
  }
}
