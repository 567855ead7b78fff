// The page a content API path names (`/api/v1/pages/{locale}/{path}`): a guidance page, a country profile or one of its
// routes, checked segment by segment before anything reaches the file system or a cache key.
import { guidancePath, type GuidanceRef } from "@/lib/content/guidance";
import { guidanceFolders } from "@/lib/content/page-types";
import { isPillar } from "@/lib/content/pillars";
import { isSlug } from "@/lib/content/slug";

/** Where a page path leads: a guidance page, a country profile or one of its routes. */
export type PageTarget =
  { kind: "guidance"; ref: GuidanceRef } | { kind: "country"; country: string } | { kind: "route"; country: string; route: string };

/** The page a path (without locale, split at "/") names, or null when no page can live there. */
export function pageTarget(segments: readonly string[]): PageTarget | null {
  if (!segments.every(isSlug)) return null;
  const [first, second, third, ...rest] = segments;
  if (rest.length || !first) return null;
  if (!second) return isPillar(first) ? { kind: "guidance", ref: { type: "hub", slug: first } } : null;
  if (first === "countries") return third ? { kind: "route", country: second, route: third } : { kind: "country", country: second };
  if (third) return null;
  if (first === guidanceFolders.pathway) return { kind: "guidance", ref: { type: "pathway", slug: second } };
  if (first === guidanceFolders.guide) return { kind: "guidance", ref: { type: "guide", slug: second } };
  return null;
}

export function targetPath(target: PageTarget): string {
  if (target.kind === "country") return `/countries/${target.country}`;
  if (target.kind === "route") return `/countries/${target.country}/${target.route}`;
  return guidancePath(target.ref);
}
