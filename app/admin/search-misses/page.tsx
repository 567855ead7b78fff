import type { Metadata } from "next";
import { AdminTable } from "@/components/admin/AdminTable";
import { Forbidden } from "@/components/admin/Forbidden";
import { adminPage, adminTranslations } from "@/lib/auth/page";
import { localeNames, isLocale } from "@/lib/i18n/locales";
import { searchMissReport } from "@/lib/editorial/back-office";

export async function generateMetadata(): Promise<Metadata> {
  const t = await adminTranslations();
  return { title: t("searchMisses") };
}

export default async function SearchMissesPage() {
  const { allowed } = await adminPage("view");
  if (!allowed) return <Forbidden />;
  const t = await adminTranslations();
  const misses = await searchMissReport();
  return (
    <>
      <h1>{t("searchMisses")}</h1>
      <p className="meta">{t("searchMissesIntro")}</p>
      {misses.length === 0 ? (
        <p>{t("searchMissesNone")}</p>
      ) : (
        <AdminTable label={t("searchMisses")} columns={[t("searchQuery"), t("searchLocale"), t("searchCount")]}>
          {misses.map((miss) => (
            <tr key={`${miss.query}/${miss.locale}`}>
              <td lang={miss.locale}>{miss.query}</td>
              <td>{isLocale(miss.locale) ? localeNames[miss.locale] : miss.locale}</td>
              <td>{miss._sum.count}</td>
            </tr>
          ))}
        </AdminTable>
      )}
    </>
  );
}
