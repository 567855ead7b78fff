import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { describeChange } from "@/lib/editorial/atom";
import { recentChanges } from "@/lib/editorial/changes";
import { pageMetadata } from "@/lib/i18n/metadata";
import { getPathname } from "@/lib/i18n/navigation";
import { localeParam } from "@/lib/i18n/params";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeParam(params);
  const t = await getTranslations({ locale, namespace: "countries" });
  return pageMetadata({ locale, path: "/updates", title: t("updatesTitle"), description: t("updatesIntro"), feed: "/updates.xml" });
}

export default async function UpdatesPage({ params }: Props) {
  const locale = await localeParam(params);
  const t = await getTranslations({ locale, namespace: "countries" });
  const changes = await Promise.all(
    (await recentChanges(locale)).map(async (change) => ({ ...change, text: await describeChange(locale, change) })),
  );
  const format = await getFormatter({ locale });
  const tr = await getTranslations({ locale, namespace: "review" });
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
              <a href={change.href}>{change.text.title}</a>{" "}
              <time dateTime={change.date.toISOString()} className="meta">
                {format.dateTime(change.date, "date")}
              </time>
              {/* A guidance page's date is its review date; a profile's publish says what changed and when it was reviewed. */}
              {change.kind === "country" ? (
                <>
                  <p className="my-1">{change.text.summary}</p>
                  {change.text.reviewed ? (
                    <p className="meta my-1">
                      {tr("lastReviewed")}: {change.text.reviewed}
                    </p>
                  ) : null}
                </>
              ) : null}
            </li>
          ))}
        </ol>
      ) : (
        <p>{t("updatesEmpty")}</p>
      )}
    </div>
  );
}
