// Decides whether the production build is stale: a digest of everything `next build` reads.
import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";

const INPUTS = [
  "app",
  "components",
  "lib",
  "messages",
  "content",
  "public",
  "proxy.ts",
  "next.config.mjs",
  "postcss.config.mjs",
  "tsconfig.json",
  "package-lock.json",
  "prisma/schema.prisma",
];
const SKIP = new Set(["generated", "node_modules"]);

async function files(entry: string): Promise<string[]> {
  const dirents = await readdir(entry, { withFileTypes: true }).catch(() => null);
  if (!dirents)
    return await readFile(entry)
      .then(() => [entry])
      .catch(() => []);
  const nested = await Promise.all(dirents.filter((d) => !SKIP.has(d.name)).map((d) => files(path.join(entry, d.name))));
  return nested.flat();
}

export async function buildFingerprint(extra: string): Promise<string> {
  const hash = createHash("sha256").update(extra);
  const all = (await Promise.all(INPUTS.map(files))).flat().sort();
  for (const file of all) hash.update(file).update(await readFile(file));
  return hash.digest("hex");
}
