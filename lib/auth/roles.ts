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

/** A refused or impossible request, with the HTTP status it maps to and a message for the person. */
export class AccessError extends Error {
  constructor(
    readonly status: 401 | 403 | 404 | 409 | 422 | 429,
    message: string,
  ) {
    super(message);
    this.name = "AccessError";
  }
}

/** Throws 401 without a session, 403 without the permission. */
export function authorize(actor: Actor | null, permission: Permission): asserts actor is Actor {
  if (!actor) throw new AccessError(401, "Sign in first.");
  if (!can(actor, permission)) throw new AccessError(403, "Your role does not allow this.");
  if (actor.mustChangePassword && permission !== "view")
    throw new AccessError(403, "Change your one-time password first (Your account page).");
}
