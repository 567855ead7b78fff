import { fileURLToPath } from "node:url";
import createNextIntlPlugin from "next-intl/plugin";
import { securityHeaders } from "./lib/http/security-headers.mjs";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  // A separate build folder lets two end-to-end runs (two ports) build side by side; see playwright.config.ts.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  // Next's file-system page cache plus per-page CSP hashes and publish invalidation (see the file).
  cacheHandler: fileURLToPath(new URL("./lib/cache/handler.mjs", import.meta.url)),
  // Every reading page in six languages fits in memory (about 3,200 pages of 150 KB: HTML, RSC payload, segments).
  cacheMaxMemorySize: 768 * 1024 * 1024,
  experimental: {
    // Pages rendered at run time stay in memory only: a copy of database content is never served by a later process
    // (lib/cache/handler.mjs), so writing it to disk was work (about a tenth of a cold render) for nothing.
    isrFlushToDisk: false,
  },
  reactStrictMode: true,
  typedRoutes: false,
  // Headers for every response. The page CSP is stored with each cached page (lib/cache/handler.mjs), or set with a
  // per-request nonce by proxy.ts for pages rendered per request.
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      { source: "/api/:path*", headers: [{ key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'" }] },
    ];
  },
};

export default withNextIntl(nextConfig);
