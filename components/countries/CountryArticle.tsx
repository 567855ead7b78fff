import { getTranslations } from "next-intl/server";
import { Breadcrumbs } from "@/components/guidance/Breadcrumbs";
import { PageLinkSection } from "@/components/guidance/PageLinkList";
import { SourcesSection } from "@/components/guidance/SourcesSection";
import { TableOfContents } from "@/components/guidance/TableOfContents";
import { TranslationNotice } from "@/components/guidance/TranslationNotice";
import { CiteThisPage } from "@/components/CiteThisPage";
import { ReviewDates } from "@/components/ReviewDates";
import { loadGlossary } from "@/lib/content/glossary";
import { pageLinks } from "@/lib/content/guidance";
import type { ParsedBody } from "@/lib/content/mdx";
import { MdxContent } from "@/components/mdx/MdxContent";
import { sectionShareFor } from "@/components/share/section-share";
import type { CountryFacts as Facts } from "@/lib/content/schema";
import { referenceLocale, type Locale } from "@/lib/i18n/locales";
import type { CountryRoute } from "@/lib/routes/country-routes";
import { FinderLink } from "@/components/route-finder/FinderLink";
import { WaysToCome } from "@/components/routes/WaysToCome";
import { CountryFacts } from "./CountryFacts";

export interface CountryArticleProps {
  locale: Locale;
  country: string;
  facts: Facts;
  body: ParsedBody;
  outdated: boolean;
  /** The country's routes in this language (the "Ways to come" section); none while it has no routes. */
  routes?: CountryRoute[];
  /** The published revision's number, for "cite this page" (none in the editors' preview of a draft). */
  version?: string;
}

/** A country profile page: facts first, then the editors' text. The admin preview renders this same component. */
export async function CountryArticle({ locale, country, facts, body, outdated, routes = [], version }: CountryArticleProps) {
  const t = await getTranslations({ locale, namespace: "guidance" });
  const tc = await getTranslations({ locale, namespace: "countries" });
  const nav = await getTranslations({ locale, namespace: "nav" });
  const tr = await getTranslations({ locale, namespace: "routes" });
  const glossary = new Map(
    ((await loadGlossary(locale)) ?? (await loadGlossary(referenceLocale)) ?? []).map((entry) => [entry.id, entry.definition]),
  );
  const pathways = await pageLinks(
    facts.offers.map((slug) => ({ type: "pathway" as const, slug })),
    locale,
  );
  const path = `/countries/${country}`;
  return (
    <article className="prose-passage">
      <Breadcrumbs
        label={nav("breadcrumb")}
        crumbs={[{ href: "/", label: t("home") }, { href: "/countries", label: tc("title") }, { label: facts.name }]}
      />
      <h1>{facts.name}</h1>
      <ReviewDates locale={locale} lastReviewed={facts.lastReviewed} reviewDue={facts.reviewDue} />
      <TranslationNotice locale={locale} path={path} reviewed={facts.translation?.reviewed ?? false} outdated={outdated} />
      <TableOfContents
        title={t("onThisPage")}
        sections={[
          { id: "facts", title: tc("facts"), depth: 2, text: "" },
          ...(routes.some((route) => route.text)
            ? [{ id: "ways-to-come", title: tr("waysToCome", { country: facts.name }), depth: 2 as const, text: "" }]
            : []),
          ...body.sections,
        ]}
        sourcesLabel={t("sources")}
      />
      <FinderLink locale={locale} answers={{ country }} countryName={facts.name} />
      <CountryFacts facts={facts} locale={locale} />
      <WaysToCome locale={locale} country={country} countryName={facts.name} routes={routes} />
      <MdxContent tree={body.tree} options={{ locale, glossary, sectionShare: await sectionShareFor(locale, path) }} />
      <PageLinkSection id="related" title={tc("pathwaysTitle")} links={pathways} className="no-print" />
      <SourcesSection title={t("sources")} intro={t("sourcesIntro")} sources={facts.sources} />
      {version ? <CiteThisPage locale={locale} path={path} title={facts.name} lastReviewed={facts.lastReviewed} version={version} /> : null}
    </article>
  );
}
