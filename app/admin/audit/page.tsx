import type { Metadata } from "next";
import { AdminTable } from "@/components/admin/AdminTable";
import { Forbidden } from "@/components/admin/Forbidden";
import { adminPage, adminTranslations } from "@/lib/auth/page";
import { db } from "@/lib/db/client";

export async function generateMetadata(): Promise<Metadata> {
  const t = await adminTranslations();
  return { title: t("audit") };
}

export default async function AuditPage() {
  const { allowed } = await adminPage("readAudit");
  if (!allowed) return <Forbidden />;
  const t = await adminTranslations();
  const entries = await db().auditEntry.findMany({ orderBy: { at: "desc" }, take: 200, include: { actor: { select: { email: true } } } });
  return (
    <>
      <h1>{t("audit")}</h1>
      <p className="meta">{t("auditIntro")}</p>
      <AdminTable label={t("audit")} columns={[t("when"), t("who"), t("action"), t("subject"), t("note")]}>
        {entries.map((entry) => (
          <tr key={entry.id}>
            <td>
              <time dateTime={entry.at.toISOString()}>{entry.at.toISOString().slice(0, 19).replace("T", " ")} UTC</time>
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
