import { getLocale, getTranslations } from "next-intl/server";
import { SearchForm } from "@/components/SearchForm";
import { Link } from "@/lib/i18n/navigation";
import { isLocale } from "@/lib/i18n/locales";

export default async function NotFound() {
  const current = await getLocale();
  const locale = isLocale(current) ? current : "en";
  const t = await getTranslations({ locale, namespace: "notFound" });
  return (
    <div className="prose-passage">
      <title>{t("title")}</title>
      <h1>{t("title")}</h1>
      <p>{t("text")}</p>
      <p>
        <Link href="/">{t("home")}</Link>
      </p>
      <h2>{t("search")}</h2>
      <SearchForm locale={locale} id="not-found-search" />
    </div>
  );
}
