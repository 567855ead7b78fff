// @ts-check
// Headers on every response: next.config.mjs gives them to Next, and the web server's ready page copies
// (lib/cache/ready-pages.mjs) carry the same ones.

/** @type {{ key: string; value: string }[]} */
export const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), interest-cohort=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];
