// What the admins' pages read: the accounts and the audit log.
import "server-only";
import { db } from "@/lib/db/client";

export function accountList() {
  return db().user.findMany({ orderBy: { email: "asc" }, select: { id: true, email: true, role: true, disabled: true, createdAt: true } });
}

/** The latest audit entries, newest first, with the email of who did each. */
export function auditLog(take = 200) {
  return db().auditEntry.findMany({ orderBy: { at: "desc" }, take, include: { actor: { select: { email: true } } } });
}
