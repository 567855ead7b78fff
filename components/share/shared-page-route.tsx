// The internal pages behind /{locale}/share and /{locale}/handout (lib/share/response.ts sets their status): read the
// query, resolve it against cached published content and content files, render the page or the problem.
import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { INTERNAL_RENDER_HEADER, isInternalRender } from "@/lib/http/not-found";
import { localeParam } from "@/lib/i18n/params";
import { resolveShareTarget, type ShareTarget } from "@/lib/share/target";
import { ShareProblem } from "./ShareProblem";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

function queryOf(values: Record<string, string | string[] | undefined>) {
  const query = new URLSearchParams();
  for (const name of ["page", "section"]) {
    const value = values[name];
    if (typeof value === "string") query.set(name, value);
  }
  return query;
}

export function sharedPageRoute(kind: "share" | "handout", render: (target: ShareTarget) => Promise<ReactNode>) {
  return {
    async generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
      const locale = await localeParam(params);
      const resolution = await resolveShareTarget(locale, queryOf(await searchParams));
      const t = await getTranslations({ locale, namespace: "share" });
      const tn = await getTranslations({ locale, namespace: "notFound" });
      if (resolution.status !== 200)
        return { title: resolution.status === 400 ? t("invalidTitle") : tn("title"), robots: { index: false } };
      const title = resolution.target.section?.title ?? resolution.target.page.title;
      return { title: kind === "share" ? t("title", { title }) : t("handoutTitle", { title }), robots: { index: false } };
    },
    async Page({ params, searchParams }: Props) {
      const locale = await localeParam(params);
      if (!isInternalRender((await headers()).get(INTERNAL_RENDER_HEADER))) notFound();
      const query = queryOf(await searchParams);
      const resolution = await resolveShareTarget(locale, query);
      if (resolution.status !== 200) return <ShareProblem locale={locale} resolution={resolution} page={query.get("page")} />;
      return render(resolution.target);
    },
  };
}
