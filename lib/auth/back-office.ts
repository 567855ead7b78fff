// What the back office's account pages read: the accounts, the audit log, the second-factor rule and state.
import "server-only";
import { db } from "@/lib/db/client";
import { editorSecondFactorPolicy } from "./policy";
import { secondFactorStatus } from "./second-factor";

export function accountList() {
  return db().user.findMany({
    orderBy: { email: "asc" },
    select: { id: true, email: true, role: true, disabled: true, createdAt: true, totpEnabledAt: true },
  });
}

export function editorPolicy() {
  return editorSecondFactorPolicy(db());
}

export function ownSecondFactor(userId: string) {
  return secondFactorStatus(db(), userId);
}

/** The latest audit entries, newest first, with the email of who did each. */
export function auditLog(take = 200) {
  return db().auditEntry.findMany({ orderBy: { at: "desc" }, take, include: { actor: { select: { email: true } } } });
}
