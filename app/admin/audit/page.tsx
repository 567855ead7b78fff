import type { Metadata } from "next";
import { AdminTable } from "@/components/admin/AdminTable";
import { Forbidden } from "@/components/admin/Forbidden";
import { auditLog } from "@/lib/auth/back-office";
import { adminFormatter, adminPage, adminTranslations } from "@/lib/auth/page";

export async function generateMetadata(): Promise<Metadata> {
  const t = await adminTranslations();
  return { title: t("audit") };
}

export default async function AuditPage() {
  const { allowed } = await adminPage("readAudit");
  if (!allowed) return <Forbidden />;
  const t = await adminTranslations();
  const format = await adminFormatter();
  const entries = await auditLog();
  return (
    <>
      <h1>{t("audit")}</h1>
      <p className="meta">{t("auditIntro")}</p>
      <AdminTable label={t("audit")} columns={[t("when"), t("who"), t("action"), t("subject"), t("note")]}>
        {entries.map((entry) => (
          <tr key={entry.id}>
            <td>
              <time dateTime={entry.at.toISOString()}>{format.dateTime(entry.at, "dateTime")}</time>
            </td>
            <td>{entry.actor?.email ?? "—"}</td>
            <td>{entry.action}</td>
            <td>{entry.subject}</td>
            <td>{entry.detail ?? ""}</td>
          </tr>
        ))}
      </AdminTable>
    </>
  );
}
