// The query of the share page, the handout and the QR endpoint, validated at the edge: which page (a site path without
// the locale) and which section. Shape only; whether the page and section exist is lib/share/target.ts's business.
import { z } from "zod";
import { guidanceFolders } from "@/lib/content/page-types";
import { isPillar } from "@/lib/content/pillars";
import { slugPattern } from "@/lib/content/slug";
import type { GuidanceRef } from "@/lib/content/guidance";

/** A page that can be shared: a guidance page, a country profile or one of a country's route pages. */
export type SharedPageRef =
  { kind: "guidance"; ref: GuidanceRef } | { kind: "country"; country: string } | { kind: "route"; country: string; route: string };

// The slug pattern without its anchors, its group made non-capturing so the groups below keep their numbers.
const SLUG = slugPattern.source.slice(1, -1).replaceAll("(", "(?:");
const PAGE_PATH = new RegExp(`^/(?:(${SLUG})|(pathways|guides|countries)/(${SLUG})|countries/(${SLUG})/(${SLUG}))$`);

/** `/visas`, `/pathways/eu-blue-card`, `/countries/germany/eu-blue-card` → what it names; null for anything else. */
export function sharedPageRef(path: string): SharedPageRef | null {
  const match = PAGE_PATH.exec(path);
  if (!match) return null;
  const [, hub, folder, slug, country, route] = match;
  if (hub) return isPillar(hub) ? { kind: "guidance", ref: { type: "hub", slug: hub } } : null;
  if (country && route) return { kind: "route", country, route };
  if (folder === "countries") return { kind: "country", country: slug! };
  return { kind: "guidance", ref: { type: folder === guidanceFolders.pathway ? "pathway" : "guide", slug: slug! } };
}

export const shareQuerySchema = z.object({
  page: z
    .string({ error: "page is required: a page's path without the language, e.g. /pathways/eu-blue-card" })
    .max(200, "page is too long")
    .refine((path) => sharedPageRef(path) !== null, "page must be a page's path without the language, e.g. /pathways/eu-blue-card"),
  section: z.string().max(100, "section is too long").regex(slugPattern, "section must be a section id, e.g. who-can-apply").optional(),
});
export type ShareQuery = z.infer<typeof shareQuerySchema>;

/** The first value of each parameter (a repeated one is ignored), empty values dropped. */
export function shareQueryFrom(params: URLSearchParams) {
  return shareQuerySchema.safeParse({
    page: params.get("page") || undefined,
    section: params.get("section") || undefined,
  });
}

/** A site-relative path (with an optional #fragment) as the QR endpoint accepts it: never another site's address. */
export const sitePathSchema = z
  .string({ error: "url is required: a site-relative path such as /en/pathways/eu-blue-card#who-can-apply" })
  .max(300, "url is too long")
  .regex(
    /^\/(?![/\\])[A-Za-z0-9\-._~/]*(?:\?[A-Za-z0-9\-._~=&%/]*)?(?:#[A-Za-z0-9\-._~]*)?$/,
    "url must be a site-relative path such as /en/pathways/eu-blue-card#who-can-apply",
  );

export const qrFormatSchema = z.enum(["svg", "png"], { error: 'format must be "svg" or "png"' }).default("svg");

/** The share page and the handout for a page or section: site-relative, in the reader's locale. */
export function shareHref(kind: "share" | "handout", locale: string, query: ShareQuery) {
  const params = new URLSearchParams({ page: query.page, ...(query.section ? { section: query.section } : {}) });
  return `/${locale}/${kind}?${params.toString()}`;
}

/** The localized path of the page or section itself (what the QR code and the copied link point to). */
export function sharedPath(locale: string, query: ShareQuery) {
  return `/${locale}${query.page}${query.section ? `#${query.section}` : ""}`;
}

/** The QR endpoint's address for a site-relative path. */
export function qrHref(path: string, format: "svg" | "png" = "svg") {
  const params = new URLSearchParams({ url: path, ...(format === "png" ? { format } : {}) });
  return `/api/v1/qr?${params.toString()}`;
}
