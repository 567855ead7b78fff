// Which guidance pages and country profiles exist in which language, answered from the file tree (cheap enough for the
// proxy). Country profiles live in the database, seeded from content/countries: the 27 folders are the 27 member states.
import { existsSync } from "node:fs";
import path from "node:path";
import { isLocale, referenceLocale, type Locale } from "@/lib/i18n/locales";
import { contentRoot } from "./files";
import { guidanceFolders } from "./page-types";
import { isPillar } from "./pillars";
import { isSlug } from "./slug";

const FOLDERS = [guidanceFolders.pathway, guidanceFolders.guide, "countries"].join("|");
const GUIDANCE_PATH = new RegExp(`^/([a-z]{2})/(?:(${FOLDERS})/([^/]+)|([a-z-]+))/?$`);

export type Availability = { status: "available" } | { status: "untranslated"; key: string; locale: Locale } | { status: "unknown"; locale: Locale } | null;

/** For a guidance or country URL: whether the page exists in that language, only in English, or not at all. Null for other URLs. */
export function guidanceAvailability(pathname: string, root = contentRoot): Availability {
  const match = GUIDANCE_PATH.exec(pathname);
  if (!match || !isLocale(match[1])) return null;
  const locale = match[1];
  const [folder, slug] = match[2] ? [match[2], match[3]!] : isPillar(match[4]!) ? [guidanceFolders.hub, match[4]!] : [null, ""];
  if (!folder) return null;
  if (!isSlug(slug)) return { status: "unknown", locale };
  const dir = path.join(root, folder, slug);
  if (existsSync(path.join(dir, `${locale}.mdx`))) return { status: "available" };
  if (existsSync(path.join(dir, `${referenceLocale}.mdx`))) return { status: "untranslated", key: `${folder}/${slug}`, locale };
  return { status: "unknown", locale };
}
