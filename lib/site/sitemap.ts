// Reading a sitemap back: the server's warm-up, the page benchmark and the tests all walk the pages it lists.

function decodeXml(text: string) {
  return text.replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => ({ amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" })[name]!);
}

/** The <loc> entries of a sitemap (or of a sitemap index: then they name further sitemaps). */
export function parseSitemap(xml: string): { isIndex: boolean; locs: string[] } {
  return {
    isIndex: /<sitemapindex[\s>]/.test(xml),
    locs: [...xml.matchAll(/<loc>\s*([^<]+?)\s*<\/loc>/g)].map((match) => decodeXml(match[1]!)),
  };
}

/** A sitemap URL as a path on the server being walked: the sitemap names the public site, which may be a CDN. */
export function pathOfLoc(loc: string): string {
  const url = new URL(loc);
  return url.pathname + url.search;
}

/** Every page of a (non-index) sitemap as a path, in order, without duplicates. */
export function sitemapPagePaths(xml: string): string[] {
  return [...new Set(parseSitemap(xml).locs.map(pathOfLoc))];
}
