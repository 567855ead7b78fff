// Reads content files: frontmatter (YAML, validated by a zod schema) and MDX body, cached per file modification time.
import { createHash } from "node:crypto";
import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { parse as parseYaml } from "yaml";
import type { z } from "zod";
import { ContentError } from "./errors";
import { MdxError, parseMdxBody, type ParsedBody } from "./mdx";
import { describeIssues } from "./schema";

export const contentRoot = path.resolve(process.cwd(), "content");

export interface ContentFile<T> {
  /** Path relative to the repository, as shown in error messages. */
  file: string;
  frontmatter: T;
  source: string;
  /** The MDX body as written, without the frontmatter block. */
  bodySource: string;
  /** Lines above the body (the frontmatter block): add it to a line of the body tree to get the line in the file. */
  lineOffset: number;
  body: ParsedBody;
  /** Short digest of the whole file: translations record the digest of the English file they were made from. */
  digest: string;
}

export function digestOf(text: string) {
  return createHash("sha256").update(text).digest("hex").slice(0, 16);
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/** Splits and validates a whole MDX document; throws ContentError naming the file and each field or line at fault. */
export function parseMdxDocument<S extends z.ZodType>(file: string, source: string, schema: S): ContentFile<z.infer<S>> {
  const match = FRONTMATTER.exec(source);
  if (!match) throw new ContentError(file, ["missing frontmatter (a --- block at the top)"]);
  let data: unknown;
  try {
    data = parseYaml(match[1]!, { prettyErrors: true });
  } catch (error) {
    throw new ContentError(file, [`frontmatter is not valid YAML: ${(error as Error).message.split("\n")[0]}`]);
  }
  const result = schema.safeParse(data);
  if (!result.success) throw new ContentError(file, describeIssues(result.error));
  const lineOffset = match[0].split("\n").length - 1;
  try {
    const bodySource = source.slice(match[0].length);
    const body = parseMdxBody(bodySource, lineOffset);
    return { file, frontmatter: result.data, source, bodySource, lineOffset, body, digest: digestOf(source) };
  } catch (error) {
    if (error instanceof MdxError) throw new ContentError(file, error.problems);
    throw error;
  }
}

const cache = new Map<string, { mtimeMs: number; value: unknown }>();

/** Reads and parses a content file, or returns null if it does not exist. Parsed once per modification. */
export async function loadMdxFile<S extends z.ZodType>(absolute: string, schema: S): Promise<ContentFile<z.infer<S>> | null> {
  const info = await stat(absolute).catch(() => null);
  if (!info) return null;
  const cached = cache.get(absolute);
  if (cached && cached.mtimeMs === info.mtimeMs) return cached.value as ContentFile<z.infer<S>>;
  const source = await readFile(absolute, "utf8");
  const value = parseMdxDocument(path.relative(process.cwd(), absolute), source, schema);
  cache.set(absolute, { mtimeMs: info.mtimeMs, value });
  return value;
}

export async function subfolders(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  return entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
}

export async function mdxLocalesIn(dir: string): Promise<string[]> {
  const entries = await readdir(dir).catch(() => []);
  return entries.filter((name) => name.endsWith(".mdx")).map((name) => name.slice(0, -4)).sort();
}

export interface YamlFile<T> {
  file: string;
  data: T;
  digest: string;
}

/** Reads and validates a YAML content file, or returns null if it does not exist. */
export async function loadYamlFile<S extends z.ZodType>(absolute: string, schema: S): Promise<YamlFile<z.infer<S>> | null> {
  if (!(await stat(absolute).catch(() => null))) return null;
  const file = path.relative(process.cwd(), absolute);
  const source = await readFile(absolute, "utf8");
  let data: unknown;
  try {
    data = parseYaml(source, { prettyErrors: true });
  } catch (error) {
    throw new ContentError(file, [`not valid YAML: ${(error as Error).message.split("\n")[0]}`]);
  }
  const result = schema.safeParse(data);
  if (!result.success) throw new ContentError(file, describeIssues(result.error));
  return { file, data: result.data, digest: digestOf(source) };
}
