import path from "node:path";
import type { Locale } from "@/lib/i18n/locales";
import { contentRoot, loadYamlFile } from "./files";
import { glossarySchema, type GlossaryEntry } from "./schema";

export async function loadGlossary(locale: Locale): Promise<GlossaryEntry[] | null> {
  return (await loadYamlFile(path.join(contentRoot, "glossary", `${locale}.yaml`), glossarySchema))?.data ?? null;
}
