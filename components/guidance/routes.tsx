// Route modules for guidance pages: read and check params, load the page, render the shared template.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { listGuidance, loadGuidancePage, type GuidanceRef } from "@/lib/content/guidance";
import type { GuidanceType } from "@/lib/content/page-types";
import { isSlug } from "@/lib/content/slug";
import { pageMetadata } from "@/lib/i18n/metadata";
import { localeParam } from "@/lib/i18n/params";
import { FinderLink } from "@/components/route-finder/FinderLink";
import { WhereItApplies } from "@/components/routes/WhereItApplies";
import { pathwayPurposes } from "@/lib/route-finder/decision-table";
import { GuidanceArticle } from "./GuidanceArticle";

type Params = Promise<{ locale: string; slug?: string }>;

async function load(type: GuidanceType, params: Params, fixedSlug?: string) {
  const locale = await localeParam(params);
  const slug = fixedSlug ?? (await params).slug ?? "";
  if (!isSlug(slug)) notFound();
  const page = await loadGuidancePage({ type, slug }, locale);
  if (!page) notFound();
  return page;
}

async function availableLocales(ref: GuidanceRef) {
  return (await listGuidance()).find((candidate) => candidate.type === ref.type && candidate.slug === ref.slug)?.locales ?? [];
}

/** `hubSlug` fixes the page for the four hub routes (/visas, /work-permits, …); pathways and guides read [slug]. */
export function guidanceRoute(type: GuidanceType, hubSlug?: string) {
  return {
    async generateMetadata({ params }: { params: Params }): Promise<Metadata> {
      const page = await load(type, params, hubSlug);
      return pageMetadata({
        locale: page.locale,
        path: page.path,
        title: page.frontmatter.title,
        description: page.frontmatter.description,
        availableIn: await availableLocales(page),
        feed: type === "pathway" ? `${page.path}/updates.xml` : undefined,
      });
    },
    /** For the [slug] routes: every page of that type in the locale, prerendered at build. */
    async generateStaticParams({ params }: { params: { locale: string } }) {
      return (await listGuidance())
        .filter((ref) => ref.type === type && ref.locales.some((locale) => locale === params.locale))
        .map((ref) => ({ slug: ref.slug }));
    },
    async Page({ params }: { params: Params }) {
      const page = await load(type, params, hubSlug);
      return (
        <GuidanceArticle page={page}>
          {type === "pathway" ? (
            <>
              {pathwayPurposes[page.slug] ? <FinderLink locale={page.locale} answers={{ purpose: pathwayPurposes[page.slug] }} /> : null}
              <WhereItApplies locale={page.locale} route={page.slug} />
            </>
          ) : null}
        </GuidanceArticle>
      );
    },
  };
}
