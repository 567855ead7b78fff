// `npm run content:check`: validates the whole corpus and lists every problem with its file and field or line.
import { checkContent } from "@/lib/content/check";

const report = await checkContent();
const english = report.pages.filter((page) => page.locale === "en").length;
console.log(
  `Checked ${report.pages.length} guidance files (${english} English pages), ${report.countries.length} country files, ${Object.keys(report.glossary).length} glossaries.`,
);
if (report.problems.length) {
  for (const problem of report.problems) console.error(`✗ ${problem}`);
  console.error(`${report.problems.length} problem(s).`);
  if (report.problems.some((problem) => problem.endsWith("no such page")))
    console.error(
      'Note: while the corpus is being written, links to planned pages that do not exist yet are reported as "no such page": keep those links.',
    );
  process.exit(1);
}
console.log("✓ No problems.");
