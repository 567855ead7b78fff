import { getTranslations } from "next-intl/server";
import { SearchForm } from "@/components/SearchForm";
import type { Locale } from "@/lib/i18n/locales";
import { getPathname } from "@/lib/i18n/navigation";

export async function NotFoundMessage({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "notFound" });
  return (
    <div className="prose-passage">
      <h1>{t("title")}</h1>
      <p>{t("text")}</p>
      <p>
        <a href={getPathname({ href: "/", locale })}>{t("home")}</a>
      </p>
      <h2>{t("search")}</h2>
      <SearchForm locale={locale} id="not-found-search" />
    </div>
  );
}
