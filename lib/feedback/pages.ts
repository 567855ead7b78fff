// Which pages take feedback: the reading pages (guidance, hubs, the glossary, countries and their route pages) in the
// languages they exist in. Reads content files and cached published reads only.
import "server-only";
import { countrySlugs } from "@/lib/content/countries";
import { guidancePath, listGuidance } from "@/lib/content/guidance";
import { publishedCountryRoutes } from "@/lib/editorial/published";
import type { Locale } from "@/lib/i18n/locales";

export async function isFeedbackPage(path: string, locale: Locale): Promise<boolean> {
  if (path === "/glossary") return true;
  const country = /^\/countries\/([a-z0-9-]+)(?:\/([a-z0-9-]+))?$/.exec(path);
  if (country) {
    const [, slug, route] = country;
    if (!(await countrySlugs()).includes(slug!)) return false;
    if (!route) return true;
    const published = await publishedCountryRoutes(slug!, locale);
    return Boolean(published?.routes.some((candidate) => candidate.id === route && candidate.text));
  }
  return (await listGuidance()).some((ref) => guidancePath(ref) === path && ref.locales.includes(locale));
}
