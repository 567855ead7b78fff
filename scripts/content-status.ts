// `npm run content:status`: per locale, how many guidance pages and country route pages are present, missing and out of date.
import { countrySlugs } from "@/lib/content/countries";
import { loadRouteFacts, loadRouteTexts } from "@/lib/content/country-routes";
import { listGuidance, loadGuidancePage } from "@/lib/content/guidance";
import { locales, referenceLocale } from "@/lib/i18n/locales";

const refs = await listGuidance();
const rows: string[][] = [["locale", "present", "missing", "out of date", "reviewed by a person"]];
const missingBy: Record<string, string[]> = {};
for (const locale of locales) {
  let present = 0,
    outdated = 0,
    reviewed = 0;
  missingBy[locale] = [];
  for (const ref of refs) {
    const page = ref.locales.includes(locale) ? await loadGuidancePage(ref, locale) : null;
    if (!page) {
      missingBy[locale]!.push(`${ref.type}/${ref.slug}`);
      continue;
    }
    present += 1;
    if (page.outdated) outdated += 1;
    if (locale === referenceLocale || page.frontmatter.translation?.reviewed) reviewed += 1;
  }
  rows.push([locale, String(present), String(missingBy[locale]!.length), String(outdated), String(reviewed)]);
}
const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
for (const row of rows) console.log(row.map((cell, column) => cell.padEnd(widths[column]!)).join("  "));
for (const [locale, missing] of Object.entries(missingBy)) if (missing.length) console.log(`\n${locale} is missing: ${missing.join(", ")}`);

// Country routes: per locale, how many route pages have texts, how many are missing or out of date, and reviewed.
const routeRows: string[][] = [["locale", "routes", "missing", "out of date", "reviewed by a person", "countries without routes"]];
const countries = await countrySlugs();
for (const locale of locales) {
  let routes = 0,
    missing = 0,
    outdated = 0,
    reviewed = 0,
    countriesWithout = 0;
  for (const country of countries) {
    const facts = await loadRouteFacts(country);
    if (!facts) {
      countriesWithout += 1;
      continue;
    }
    const ids = Object.keys(facts.data.routes);
    const texts = await loadRouteTexts(country, locale);
    const english = locale === referenceLocale ? texts : await loadRouteTexts(country, referenceLocale);
    const present = ids.filter((id) => texts?.data.routes[id]).length;
    routes += present;
    missing += ids.length - present;
    if (texts && locale !== referenceLocale && texts.data.translation?.sourceDigest !== english?.digest) outdated += present;
    if (texts && (locale === referenceLocale || texts.data.translation?.reviewed)) reviewed += present;
  }
  routeRows.push([locale, String(routes), String(missing), String(outdated), String(reviewed), String(countriesWithout)]);
}
console.log("\nCountry routes");
const routeWidths = routeRows[0]!.map((_, column) => Math.max(...routeRows.map((row) => row[column]!.length)));
for (const row of routeRows) console.log(row.map((cell, column) => cell.padEnd(routeWidths[column]!)).join("  "));
