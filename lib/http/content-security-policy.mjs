// @ts-check
// The one Content-Security-Policy of the site, for the two ways a page can be served:
// - cached pages (prerendered or rendered once and kept) name the SHA-256 hashes of their own inline scripts, computed
//   when the page is stored (lib/cache/handler.mjs), so the policy travels with the body through every cache;
// - pages rendered per request (search results, the back office) get a fresh nonce from proxy.ts.
// Plain JavaScript because Next.js loads the cache handler at run time without compiling it.
import { createHash } from "node:crypto";

/**
 * @param {{ scriptSources: string[]; dev?: boolean }} options `scriptSources`: `'nonce-…'` or `'sha256-…'` entries.
 * @returns {string}
 */
export function contentSecurityPolicy({ scriptSources, dev = false }) {
  const nonce = scriptSources.some((source) => source.startsWith("'nonce-"));
  return [
    "default-src 'self'",
    // 'strict-dynamic' lets a nonced script load Next's chunks; hashed pages list 'self' for them instead.
    `script-src 'self' ${scriptSources.join(" ")}${nonce ? " 'strict-dynamic'" : ""}${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

const INLINE_SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;

/**
 * The CSP source expressions (`'sha256-…'`) of every inline script in an HTML document, in order, without repeats.
 * @param {string} html
 * @returns {string[]}
 */
export function inlineScriptHashes(html) {
  const hashes = new Set();
  for (const [, attributes = "", body = ""] of html.matchAll(INLINE_SCRIPT)) {
    if (/\bsrc\s*=/i.test(attributes) || body === "") continue;
    hashes.add(`'sha256-${createHash("sha256").update(body, "utf8").digest("base64")}'`);
  }
  return [...hashes];
}

/**
 * The policy of a cached HTML page: its inline scripts' hashes and nothing else that can run inline.
 * @param {string} html
 * @returns {string}
 */
export function cachedPagePolicy(html) {
  return contentSecurityPolicy({ scriptSources: inlineScriptHashes(html) });
}
