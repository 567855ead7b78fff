import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/locales";

/** A plain GET form: search works without JavaScript. */
export async function SearchForm({ locale, defaultValue, id = "site-search" }: { locale: Locale; defaultValue?: string; id?: string }) {
  const t = await getTranslations({ locale, namespace: "search" });
  return (
    <form role="search" action={`/${locale}/search`} method="get" className="flex items-center gap-2">
      <label htmlFor={id} className="sr-only">
        {t("label")}
      </label>
      <input
        id={id}
        name="q"
        type="search"
        defaultValue={defaultValue}
        maxLength={200}
        placeholder={t("placeholder")}
        autoComplete="off"
        className="w-56 rounded border-2 border-muted bg-white px-3 py-2 text-ink sm:w-72"
      />
      <button type="submit" className="button">
        {t("submit")}
      </button>
    </form>
  );
}
