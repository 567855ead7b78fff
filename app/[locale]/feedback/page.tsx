import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { pageMetadata } from "@/lib/i18n/metadata";
import { localizedPath } from "@/lib/i18n/paths";
import { localeParam } from "@/lib/i18n/params";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const refusals = ["honeypot", "invalid", "unknownPage", "tooMany"] as const;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeParam(params);
  const t = await getTranslations({ locale, namespace: "feedback" });
  return { ...pageMetadata({ locale, path: "/feedback", title: t("thanksTitle") }), robots: { index: false, follow: false } };
}

/** Where a "Was this page useful?" form posted without JavaScript lands (the reading page itself stays cached). */
export default async function FeedbackThanksPage({ params, searchParams }: Props) {
  const locale = await localeParam(params);
  const t = await getTranslations({ locale, namespace: "feedback" });
  const query = await searchParams;
  const page = typeof query.page === "string" && /^\/[a-z0-9/-]{0,200}$/.test(query.page) ? query.page : null;
  const refused = refusals.find((refusal) => refusal === query.refused);
  return (
    <div className="prose-passage">
      <h1>{refused ? t("refusedTitle") : t("thanksTitle")}</h1>
      <p role={refused ? "alert" : "status"}>{refused ? t(`refused.${refused}`) : t("thanks")}</p>
      <p>
        <a href={localizedPath(locale, page ?? "/")}>{page ? t("backToPage") : t("backHome")}</a>
      </p>
    </div>
  );
}
