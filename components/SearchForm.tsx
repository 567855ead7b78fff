import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/locales";
import { getPathname } from "@/lib/i18n/navigation";
import { SearchCombobox } from "./SearchCombobox";

/** A plain GET form, so search works without JavaScript; the combobox inside enhances it. */
export async function SearchForm({ locale, defaultValue, id = "site-search" }: { locale: Locale; defaultValue?: string; id?: string }) {
  const t = await getTranslations({ locale, namespace: "search" });
  return (
    <form role="search" action={getPathname({ href: "/search", locale })} method="get" className="flex items-center gap-2">
      <label htmlFor={id} className="sr-only">
        {t("label")}
      </label>
      <SearchCombobox locale={locale} id={id} defaultValue={defaultValue} />
      <button type="submit" className="button">
        {t("submit")}
      </button>
    </form>
  );
}
