import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { NotFoundMessage } from "@/components/NotFoundMessage";
import { refFromKey, loadGuidancePage } from "@/lib/content/guidance";
import { INTERNAL_RENDER_HEADER, isInternalRender } from "@/lib/http/not-found";
import { localeParam } from "@/lib/i18n/params";
import { referenceLocale } from "@/lib/i18n/locales";
import { getPathname } from "@/lib/i18n/navigation";

// Rendered only for the server's own 404 responses (see lib/http/not-found.ts); anyone else gets a plain 404.
type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ page?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeParam(params);
  const t = await getTranslations({ locale, namespace: "notFound" });
  return { title: t("title"), robots: { index: false } };
}

export default async function InternalNotFound({ params, searchParams }: Props) {
  const locale = await localeParam(params);
  if (!isInternalRender((await headers()).get(INTERNAL_RENDER_HEADER))) notFound();
  const key = (await searchParams).page;
  const ref = typeof key === "string" ? refFromKey(key) : null;
  const english = ref ? await loadGuidancePage(ref, referenceLocale) : null;
  if (!english) return <NotFoundMessage locale={locale} />;

  const t = await getTranslations({ locale, namespace: "guidance" });
  return (
    <div className="prose-passage">
      <h1>{t("notTranslatedTitle")}</h1>
      <p>{t("notTranslatedText")}</p>
      <p lang={referenceLocale}>
        <a href={getPathname({ href: english.path, locale: referenceLocale })} hrefLang={referenceLocale} className="button">
          {english.frontmatter.title}
        </a>
      </p>
    </div>
  );
}
