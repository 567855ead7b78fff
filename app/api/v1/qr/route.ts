import { jsonError, validationMessage } from "@/lib/http/json";
import { qrPng, qrSvg } from "@/lib/share/qr";
import { qrFormatSchema, sitePathSchema } from "@/lib/share/request";

export const dynamic = "force-dynamic";

const ALLOWED = new Set(["url", "format"]);

/**
 * GET /api/v1/qr?url=<site-relative path>[&format=png] → the QR code of that page of this site (SVG by default).
 * Only the site's own paths: the code always encodes SITE_URL + path, so it cannot be made to point elsewhere.
 */
export async function GET(request: Request) {
  const params = new URL(request.url).searchParams;
  const unknown = [...params.keys()].filter((key) => !ALLOWED.has(key));
  if (unknown.length) return jsonError(400, `Unknown parameter: ${unknown.join(", ")}`);
  const url = sitePathSchema.safeParse(params.get("url") ?? undefined);
  if (!url.success) return jsonError(400, validationMessage(url.error));
  const format = qrFormatSchema.safeParse(params.get("format") ?? undefined);
  if (!format.success) return jsonError(400, validationMessage(format.error));

  // The same path always gives the same image: browsers and shared caches may keep it a day.
  const headers = { "Cache-Control": "public, max-age=86400", "X-Content-Type-Options": "nosniff" };
  if (format.data === "png") return new Response(new Uint8Array(qrPng(url.data)), { headers: { ...headers, "Content-Type": "image/png" } });
  return new Response(qrSvg(url.data), { headers: { ...headers, "Content-Type": "image/svg+xml; charset=utf-8" } });
}
