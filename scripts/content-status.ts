// `npm run content:status`: per locale, how many guidance pages are present, missing and out of date.
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
