import type messages from "@/messages/en.json";

// What each role may do. Every action checks its permission itself (the proxy is not an authorisation layer).
export const roles = ["editor", "reviewer", "admin"] as const;
export type Role = (typeof roles)[number];

export type Permission = "edit" | "review" | "manageUsers" | "readAudit" | "view";

const grants: Record<Role, Permission[]> = {
  editor: ["view", "edit"],
  reviewer: ["view", "review"],
  admin: ["view", "edit", "review", "manageUsers", "readAudit"],
};

export interface Actor {
  id: string;
  email: string;
  role: Role;
  /** Signed in with a one-time password that has not been changed yet. */
  mustChangePassword?: boolean;
}

export function can(actor: Actor | null, permission: Permission): boolean {
  return Boolean(actor && grants[actor.role].includes(permission));
}

/** The back office's refusals, translated in messages/<locale>.json under admin.error. */
export type RefusalKey = keyof (typeof messages)["admin"]["error"];
export type RefusalStatus = 400 | 401 | 403 | 404 | 409 | 422 | 429;

/** A refused or impossible request: the HTTP status it maps to, and the message for the person as a key with values. */
export class AccessError extends Error {
  constructor(
    readonly status: RefusalStatus,
    readonly key: RefusalKey,
    readonly values: Record<string, string | number> = {},
  ) {
    super(`${key}${Object.keys(values).length ? ` ${JSON.stringify(values)}` : ""}`);
    this.name = "AccessError";
  }
}

/** Throws 401 without a session, 403 without the permission. */
export function authorize(actor: Actor | null, permission: Permission): asserts actor is Actor {
  if (!actor) throw new AccessError(401, "signInFirst");
  if (!can(actor, permission)) throw new AccessError(403, "roleRefused");
  if (actor.mustChangePassword && permission !== "view") throw new AccessError(403, "changePasswordFirst");
}
