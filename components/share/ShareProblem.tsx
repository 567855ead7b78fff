import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/locales";
import { getPathname } from "@/lib/i18n/navigation";
import type { ShareResolution } from "@/lib/share/target";
import { sharedPageRef } from "@/lib/share/request";

/** The share page's or handout's answer to a malformed query (400) or an unknown page or section (404). */
export async function ShareProblem({
  locale,
  resolution,
  page,
}: {
  locale: Locale;
  resolution: Exclude<ShareResolution, { status: 200 }>;
  page: string | null;
}) {
  const t = await getTranslations({ locale, namespace: "share" });
  const tn = await getTranslations({ locale, namespace: "notFound" });
  if (resolution.status === 400)
    return (
      <div className="prose-passage">
        <h1>{t("invalidTitle")}</h1>
        <p>{t("invalidText")}</p>
        <p>
          <a href={getPathname({ href: "/", locale })}>{tn("home")}</a>
        </p>
      </div>
    );
  const sectionMissing = resolution.reason === "section" && page !== null && sharedPageRef(page) !== null;
  return (
    <div className="prose-passage">
      <h1>{tn("title")}</h1>
      <p>{sectionMissing ? t("unknownSection") : t("unknownPage")}</p>
      <p>
        {sectionMissing ? (
          <a href={getPathname({ href: page, locale })}>{t("goToPage")}</a>
        ) : (
          <a href={getPathname({ href: "/", locale })}>{tn("home")}</a>
        )}
      </p>
    </div>
  );
}
