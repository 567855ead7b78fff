import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { recentChanges } from "@/lib/editorial/changes";
import { pageMetadata } from "@/lib/i18n/metadata";
import { getPathname } from "@/lib/i18n/navigation";
import { localeParam } from "@/lib/i18n/params";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeParam(params);
  const t = await getTranslations({ locale, namespace: "countries" });
  const metadata = pageMetadata({ locale, path: "/updates", title: t("updatesTitle"), description: t("updatesIntro") });
  return {
    ...metadata,
    alternates: { ...metadata.alternates, types: { "application/atom+xml": getPathname({ href: "/updates.xml", locale }) } },
  };
}

export default async function UpdatesPage({ params }: Props) {
  const locale = await localeParam(params);
  const t = await getTranslations({ locale, namespace: "countries" });
  const changes = await recentChanges(locale);
  const format = await getFormatter({ locale });
  return (
    <div className="prose-passage">
      <h1>{t("updatesTitle")}</h1>
      <p>{t("updatesIntro")}</p>
      <p>
        <a href={getPathname({ href: "/updates.xml", locale })} type="application/atom+xml">
          {t("updatesFeed")}
        </a>
      </p>
      {changes.length ? (
        <ol className="updates">
          {changes.map((change) => (
            <li key={change.id}>
              <a href={change.href}>
                {change.kind === "country"
                  ? t("updatesItem", { name: change.name, number: change.number })
                  : t("updatesReviewed", { title: change.title })}
              </a>{" "}
              <time dateTime={change.date.toISOString()} className="meta">
                {format.dateTime(change.date, "date")}
              </time>
            </li>
          ))}
        </ol>
      ) : (
        <p>{t("updatesEmpty")}</p>
      )}
    </div>
  );
}
