// The bearer tokens of the back office (sessions, pending sign-ins): 256 random bits in a cookie, only their SHA-256 in
// the database, so a database leak gives nothing that signs anyone in.
import { createHash, randomBytes } from "node:crypto";

export function newToken(): string {
  return randomBytes(32).toString("base64url");
}

/** The database id of a token. */
export function tokenId(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** A cookie's value that can be a token at all (a forged or truncated one is not looked up). */
export function plausibleToken(token: string | undefined): token is string {
  return typeof token === "string" && /^[\w-]{43}$/.test(token);
}
