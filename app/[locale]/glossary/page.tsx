import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PageFeedback } from "@/components/feedback/PageFeedback";
import { loadGlossary } from "@/lib/content/glossary";
import { pageMetadata } from "@/lib/i18n/metadata";
import { localeParam } from "@/lib/i18n/params";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeParam(params);
  const t = await getTranslations({ locale, namespace: "guidance" });
  return pageMetadata({ locale, path: "/glossary", title: t("glossaryTitle"), description: t("glossaryIntro") });
}

export default async function GlossaryPage({ params }: Props) {
  const locale = await localeParam(params);
  const t = await getTranslations({ locale, namespace: "guidance" });
  const entries = await loadGlossary(locale);
  if (!entries) notFound();
  return (
    <article className="prose-passage">
      <h1>{t("glossaryTitle")}</h1>
      <p>{t("glossaryIntro")}</p>
      <dl className="space-y-5">
        {entries.map((entry) => (
          <div key={entry.id} id={entry.id}>
            <dt className="text-step-1 font-bold">
              <a href={`#${entry.id}`} className="text-ink no-underline">
                {entry.term}
              </a>
            </dt>
            <dd className="ms-0">
              {entry.definition}
              {entry.url ? (
                <>
                  {" "}
                  <a href={entry.url} rel="noopener">
                    {t("glossarySource")}
                  </a>
                </>
              ) : null}
            </dd>
          </div>
        ))}
      </dl>
      <PageFeedback locale={locale} path="/glossary" />
    </article>
  );
}
