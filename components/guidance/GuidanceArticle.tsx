import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { CiteThisPage } from "@/components/CiteThisPage";
import { ReviewDates } from "@/components/ReviewDates";
import { loadGlossary } from "@/lib/content/glossary";
import { pillarMessageKey } from "@/lib/content/pillars";
import { guidancePath, pageLinks, pillarRefs, refFromKey, type GuidancePage, type GuidanceRef } from "@/lib/content/guidance";
import { PageFeedback } from "@/components/feedback/PageFeedback";
import { MdxContent } from "@/components/mdx/MdxContent";
import { sectionShareFor } from "@/components/share/section-share";
import { referenceLocale } from "@/lib/i18n/locales";
import { Breadcrumbs } from "./Breadcrumbs";
import { PageLinkSection } from "./PageLinkList";
import { SourcesSection } from "./SourcesSection";
import { TableOfContents } from "./TableOfContents";
import { TranslationNotice } from "./TranslationNotice";

/** The template of every hub, pathway and guide page. */
/** `children`: what a page type adds after the text (a pathway's table of the member states). */
export async function GuidanceArticle({ page, children }: { page: GuidancePage; children?: ReactNode }) {
  const { locale, frontmatter } = page;
  const t = await getTranslations({ locale, namespace: "guidance" });
  const nav = await getTranslations({ locale, namespace: "nav" });
  const glossary = new Map(
    ((await loadGlossary(locale)) ?? (await loadGlossary(referenceLocale)) ?? []).map((entry) => [entry.id, entry.definition]),
  );
  const related = await pageLinks(
    frontmatter.related.map(refFromKey).filter((ref): ref is GuidanceRef => ref !== null),
    locale,
  );
  const pillarLabel = nav(pillarMessageKey[frontmatter.pillar]);
  const members = page.type === "hub" ? await pageLinks(await pillarRefs(frontmatter.pillar), locale) : [];

  return (
    <article className="prose-passage">
      <Breadcrumbs
        label={nav("breadcrumb")}
        crumbs={[
          { href: "/", label: t("home") },
          ...(page.type === "hub" ? [] : [{ href: guidancePath({ type: "hub", slug: frontmatter.pillar }), label: pillarLabel }]),
          { label: frontmatter.title },
        ]}
      />
      <h1>{frontmatter.title}</h1>
      <p className="text-step-1">{frontmatter.description}</p>
      <ReviewDates locale={locale} lastReviewed={frontmatter.lastReviewed} reviewDue={frontmatter.reviewDue} />
      <TranslationNotice locale={locale} path={page.path} reviewed={frontmatter.translation?.reviewed ?? false} outdated={page.outdated} />
      <TableOfContents title={t("onThisPage")} sections={page.body.sections} sourcesLabel={t("sources")} />
      <MdxContent tree={page.body.tree} options={{ locale, glossary, sectionShare: await sectionShareFor(locale, page.path) }} />
      {children}
      <PageLinkSection id="pillar-pages" title={`${t("pathways")} · ${t("guides")}`} links={members} />
      <SourcesSection title={t("sources")} intro={t("sourcesIntro")} sources={frontmatter.sources} />
      <PageLinkSection id="related" title={t("related")} links={related} className="no-print" />
      <CiteThisPage
        locale={locale}
        path={page.path}
        title={frontmatter.title}
        lastReviewed={frontmatter.lastReviewed}
        version={page.digest.slice(0, 8)}
      />
      <PageFeedback locale={locale} path={page.path} />
    </article>
  );
}
