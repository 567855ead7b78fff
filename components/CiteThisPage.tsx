import { getFormatter, getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/locales";
import { absoluteUrl, localizedPath } from "@/lib/i18n/paths";

/**
 * "Cite this page": title, stable URL, last review and version, for staff who quote Passage in a letter or a report.
 * `version`: the content file's digest (guidance) or the published revision's number (country and route pages).
 */
export async function CiteThisPage({
  locale,
  path,
  title,
  lastReviewed,
  version,
}: {
  locale: Locale;
  path: string;
  title: string;
  lastReviewed: string;
  version: string;
}) {
  const t = await getTranslations({ locale, namespace: "share" });
  const format = await getFormatter({ locale });
  const url = absoluteUrl(localizedPath(locale, path));
  return (
    <section aria-labelledby="cite" className="cite mt-10">
      <h2 id="cite" className="text-step-0">
        {t("cite")}
      </h2>
      <p className="meta">{t("citation", { title, url, date: format.dateTime(new Date(lastReviewed), "date"), version })}</p>
    </section>
  );
}
