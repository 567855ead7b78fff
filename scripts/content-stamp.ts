// `npm run content:stamp -- <file.mdx|routes.xx.yaml> …`: records in each translation the digest of the English file it was made from.
// Run it after updating a translation to match the English page; without arguments it stamps only translations
// that have no digest yet (newly written), never silently marking an outdated translation as current.
import { readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { contentRoot, digestOf } from "@/lib/content/files";
import { guidanceFolders } from "@/lib/content/page-types";
import { referenceLocale } from "@/lib/i18n/locales";

const files = process.argv.slice(2);
const targets = files.length ? files : await listTranslations();

async function listTranslations(): Promise<string[]> {
  const out: string[] = [];
  for (const kind of [...Object.values(guidanceFolders), "countries"]) {
    for (const slug of await readdir(path.join(contentRoot, kind)).catch(() => [] as string[])) {
      for (const name of await readdir(path.join(contentRoot, kind, slug)).catch(() => [] as string[])) {
        if (
          (name.endsWith(".mdx") && name !== `${referenceLocale}.mdx`) ||
          (/^routes\.[a-z]{2}\.yaml$/.test(name) && name !== `routes.${referenceLocale}.yaml`)
        )
          out.push(path.relative(process.cwd(), path.join(contentRoot, kind, slug, name)));
      }
    }
  }
  return out;
}

let stamped = 0;
for (const file of targets) {
  const source = await readFile(file, "utf8");
  if (!files.length && /\n\s+sourceDigest:/.test(source)) continue;
  // Route texts are translated from routes.en.yaml, pages from en.mdx.
  const englishName = /routes\.[a-z]{2}\.yaml$/.test(file) ? `routes.${referenceLocale}.yaml` : `${referenceLocale}.mdx`;
  const english = await readFile(path.join(path.dirname(file), englishName), "utf8").catch(() => null);
  if (english === null) {
    console.error(`✗ ${file}: no English file beside it`);
    continue;
  }
  const digest = digestOf(english);
  const updated = /\n\s+sourceDigest:.*/.test(source)
    ? source.replace(/(\n\s+sourceDigest:).*/, `$1 ${digest}`)
    : source.replace(/((?:^|\n)translation:\n(\s+)reviewed:[^\n]*)/, `$1\n$2sourceDigest: ${digest}`);
  if (updated === source && !source.includes(digest)) {
    console.error(`✗ ${file}: no translation block to stamp`);
    continue;
  }
  await writeFile(file, updated);
  stamped += 1;
}
console.log(`Stamped ${stamped} translation(s).`);
