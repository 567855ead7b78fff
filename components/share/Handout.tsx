import { getTranslations } from "next-intl/server";
import { ReviewDates } from "@/components/ReviewDates";
import { MdxContent } from "@/components/mdx/MdxContent";
import { loadGlossary } from "@/lib/content/glossary";
import { referenceLocale } from "@/lib/i18n/locales";
import { absoluteUrl } from "@/lib/i18n/paths";
import { qrHref, sharedPath } from "@/lib/share/request";
import type { HandoutBody, ShareTarget } from "@/lib/share/target";

/**
 * An A4 handout of a page or a section, to print and hand across a counter: the text, the official sources spelled
 * out (paper has no links), the review date, and the full address with its QR code. Print CSS in globals.css (.handout).
 */
export async function Handout({ target }: { target: ShareTarget }) {
  const { locale, query, page, section, body } = target;
  const t = await getTranslations({ locale, namespace: "share" });
  const glossary = new Map(
    ((await loadGlossary(locale)) ?? (await loadGlossary(referenceLocale)) ?? []).map((entry) => [entry.id, entry.definition]),
  );
  const path = sharedPath(locale, query);
  const url = absoluteUrl(path);
  const title = section?.title ?? page.title;
  const block = (part: HandoutBody, index: number) => {
    if (part.kind === "mdx") return <MdxContent key={index} tree={part.tree} options={{ locale, glossary }} />;
    const List = part.ordered ? "ol" : "ul";
    return (
      <div key={index}>
        {part.lead ? <p>{part.lead}</p> : null}
        {part.items.length ? (
          <List className={part.ordered ? "list-decimal ps-6" : "list-disc ps-6"}>
            {part.items.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </List>
        ) : null}
      </div>
    );
  };
  return (
    <article className="handout prose-passage">
      <h1>{title}</h1>
      <p className="meta">{t("handoutFrom", { title: page.title })}</p>
      {section ? null : <p className="lead">{page.summary}</p>}
      {body.map(block)}
      <section aria-labelledby="handout-sources">
        <h2 id="handout-sources">{t("handoutSources")}</h2>
        <ol className="list-decimal ps-6">
          {page.sources.map((source) => (
            <li key={source.url}>
              {source.title}
              {source.publisher ? ` (${source.publisher})` : null}:{" "}
              <bdi className="break-all" dir="ltr">
                {source.url}
              </bdi>
            </li>
          ))}
        </ol>
      </section>
      <ReviewDates locale={locale} lastReviewed={page.lastReviewed} reviewDue={page.reviewDue} />
      <div className="handout-link">
        {/* eslint-disable-next-line @next/next/no-img-element -- an SVG drawn by our own endpoint, nothing to optimise */}
        <img src={qrHref(path)} alt={t("qrAlt", { title })} width={132} height={132} />
        <p>
          {t("handoutOnline")}
          <br />
          <bdi className="break-all" dir="ltr">
            <a href={path}>{url}</a>
          </bdi>
        </p>
      </div>
      <p className="meta no-print">{t("handoutPrint")}</p>
    </article>
  );
}
