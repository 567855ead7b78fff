import type { Metadata } from "next";
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
      <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={t("audit")}>
        <table className="admin-table">
          <thead>
            <tr>
              <th scope="col">{t("when")}</th>
              <th scope="col">{t("who")}</th>
              <th scope="col">{t("action")}</th>
              <th scope="col">{t("subject")}</th>
              <th scope="col">{t("note")}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <tr key={entry.id}>
                <td><time dateTime={entry.at.toISOString()}>{entry.at.toISOString().slice(0, 19).replace("T", " ")} UTC</time></td>
                <td>{entry.actor?.email ?? "—"}</td>
                <td>{entry.action}</td>
                <td>{entry.subject}</td>
                <td>{entry.detail ?? ""}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
