import { readFile } from "node:fs/promises";
import path from "node:path";
import { parse as parseYaml } from "yaml";
import type { Locale } from "@/lib/i18n/locales";
import { ContentError } from "./errors";
import { contentRoot } from "./files";
import { describeIssues, glossarySchema, type GlossaryEntry } from "./schema";

export async function loadGlossary(locale: Locale): Promise<GlossaryEntry[] | null> {
  const file = path.join(contentRoot, "glossary", `${locale}.yaml`);
  const source = await readFile(file, "utf8").catch(() => null);
  if (source === null) return null;
  const relative = path.relative(process.cwd(), file);
  let data: unknown;
  try {
    data = parseYaml(source);
  } catch (error) {
    throw new ContentError(relative, [`not valid YAML: ${(error as Error).message.split("\n")[0]}`]);
  }
  const result = glossarySchema.safeParse(data);
  if (!result.success) throw new ContentError(relative, describeIssues(result.error));
  return result.data;
}
