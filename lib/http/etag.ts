// Conditional requests: whether an If-None-Match header names the current ETag (weak and strong tags compare alike,
// as RFC 9110 asks for If-None-Match). Ready page copies and the content API answer 304 by it.
import { createHash } from "node:crypto";

export function etagMatches(condition: string | null | undefined, etag: string): boolean {
  if (typeof condition !== "string") return false;
  const bare = (tag: string) => tag.trim().replace(/^W\//, "");
  return condition.trim() === "*" || condition.split(",").some((candidate) => bare(candidate) === bare(etag));
}

/** A strong ETag for a body. */
export function etagOf(body: string): string {
  return `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`;
}
