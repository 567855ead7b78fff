// What the page benchmark requests, read from a running portal: every page its sitemap lists, and one static asset.
import { isLocale } from "@/lib/i18n/locales";
import { parseSitemap, pathOfLoc } from "@/lib/site/sitemap";

const FETCH_TIMEOUT_MS = 60_000;

/** GET with a time bound; a few retries, since a portal that has just been under load may still be catching up. */
async function fetchText(url: string, attempts = 3): Promise<string> {
  for (let attempt = 1; ; attempt++) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) });
      if (!response.ok) throw new Error(`answered ${response.status}`);
      return await response.text();
    } catch (error) {
      const { message, cause } = error as Error & { cause?: Error };
      if (attempt >= attempts) throw new Error(`GET ${url} failed ${attempts} times: ${message}${cause ? ` (${cause.message})` : ""}.`);
      await new Promise((resolve) => setTimeout(resolve, 2000));
    }
  }
}

/** Every page path in `origin`'s /sitemap.xml, in sitemap order, without duplicates; follows one level of sitemap index. */
export async function sitemapPaths(origin: string): Promise<string[]> {
  const root = parseSitemap(await fetchText(`${origin}/sitemap.xml`));
  const locs = root.isIndex
    ? (await Promise.all(root.locs.map(async (loc) => parseSitemap(await fetchText(origin + pathOfLoc(loc))).locs))).flat()
    : root.locs;
  return [...new Set(locs.map(pathOfLoc))];
}

/** A script (or, failing that, a stylesheet) under /_next/static/ that the page at `path` loads. */
export async function staticAssetPath(origin: string, path: string): Promise<string> {
  const html = await fetchText(origin + path);
  const asset =
    html.match(/<script\b[^>]*\ssrc="(\/_next\/static\/[^"]+)"/)?.[1] ??
    html.match(/<link\b[^>]*\shref="(\/_next\/static\/[^"]+\.css)"/)?.[1];
  if (!asset) throw new Error(`${path} loads no script or stylesheet from /_next/static/.`);
  await fetchText(origin + asset);
  return asset;
}

/** The page type a path belongs to, for the error breakdown: its first segment after the locale ("home" for none). */
export function pageType(path: string) {
  const segments = path.split(/[?#]/)[0]!.split("/").filter(Boolean);
  if (isLocale(segments[0])) segments.shift();
  return segments[0] ?? "home";
}
