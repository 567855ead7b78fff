import type { Metadata } from "next";
import { z } from "zod";
import { AdminTable } from "@/components/admin/AdminTable";
import { Forbidden } from "@/components/admin/Forbidden";
import { adminFormatter, adminPage, adminTranslations } from "@/lib/auth/page";
import { profileListing } from "@/lib/editorial/back-office";
import { localeNames, locales } from "@/lib/i18n/locales";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };
const filters = z.object({
  locale: z.enum(["", ...locales]).catch(""),
  state: z.enum(["", "draft", "in_review", "published"]).catch(""),
  notice: z.string().optional().catch(undefined),
});

export async function generateMetadata(): Promise<Metadata> {
  const t = await adminTranslations();
  return { title: t("profiles") };
}

export default async function ProfilesPage({ searchParams }: Props) {
  const { allowed } = await adminPage("view");
  if (!allowed) return <Forbidden />;
  const t = await adminTranslations();
  const format = await adminFormatter();
  const { locale, state, notice } = filters.parse(await searchParams);
  const listing = (await profileListing()).filter((row) => (!locale || row.locale === locale) && (!state || row.state === state));
  return (
    <>
      <h1>{t("profiles")}</h1>
      {notice === "password" ? <p role="status">{t("passwordChanged")}</p> : null}
      <form method="get" action="/admin" className="mb-4 flex flex-wrap items-end gap-3">
        <div className="flex flex-col">
          <label htmlFor="filter-locale" className="font-semibold">
            {t("language")}
          </label>
          <select id="filter-locale" name="locale" defaultValue={locale} className="admin-input">
            <option value="">{t("all")}</option>
            {locales.map((code) => (
              <option key={code} value={code}>
                {localeNames[code]}
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-col">
          <label htmlFor="filter-state" className="font-semibold">
            {t("status")}
          </label>
          <select id="filter-state" name="state" defaultValue={state} className="admin-input">
            <option value="">{t("all")}</option>
            {(["draft", "in_review", "published"] as const).map((value) => (
              <option key={value} value={value}>
                {t(`state.${value}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button">
          {t("filter")}
        </button>
      </form>
      <p className="meta">{t("profileCount", { count: listing.length })}</p>
      <AdminTable label={t("profiles")} columns={[t("country"), t("language"), t("status"), t("lastReviewed"), t("translation")]}>
        {listing.map((row) => (
          <tr key={`${row.country}/${row.locale}`} data-profile={`${row.country}/${row.locale}`}>
            <td>
              <a href={`/admin/profiles/${row.country}/${row.locale}`}>
                <span lang={row.locale} dir="auto">
                  {row.name}
                </span>{" "}
                <span className="meta">({row.country})</span>
              </a>
            </td>
            <td>{localeNames[row.locale]}</td>
            <td>{t(`state.${row.state}`)}</td>
            <td>
              {row.lastReviewed ? <time dateTime={row.lastReviewed}>{format.dateTime(new Date(row.lastReviewed), "date")}</time> : "—"}
            </td>
            <td>{row.locale === "en" ? t("reference") : row.outdated ? <strong>{t("behind")}</strong> : t("upToDate")}</td>
          </tr>
        ))}
      </AdminTable>
    </>
  );
}
