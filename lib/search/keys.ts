// The web server's Meilisearch keys: created by the start script with the master key, restricted to the portal's own
// indexes and to what the web app does (search; document updates when an editor publishes). The master key never
// reaches the web server. Fixed uids make each start find the same keys instead of piling up new ones (Meilisearch
// derives a key's value from its uid and the master key, so the value is stable too).
import { createHash } from "node:crypto";
import type { Key, Meilisearch } from "meilisearch";

export interface RestrictedKeys {
  searchKey: string;
  writeKey: string;
}

/** A UUID (version 4 layout) derived from `name`: the same name gives the same uid on every start. */
export function stableUid(name: string): string {
  const bytes = createHash("sha256").update(name).digest().subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export function restrictedKeySpecs(prefix: string) {
  const indexes = [`${prefix}_*`];
  return {
    search: { uid: stableUid(`passage-search-key:${prefix}`), name: `passage ${prefix} search`, actions: ["search"], indexes },
    // reindexCountryProfile (lib/search/service.ts): add a country's new documents, list its ids to remove the stale ones,
    // wait for the tasks.
    write: {
      uid: stableUid(`passage-write-key:${prefix}`),
      name: `passage ${prefix} publish`,
      actions: ["documents.add", "documents.get", "documents.delete", "tasks.get"],
      indexes,
    },
  };
}

const sameSet = (a: string[], b: string[]) => a.length === b.length && a.every((item) => b.includes(item));

async function ensureKey(master: Meilisearch, spec: { uid: string; name: string; actions: string[]; indexes: string[] }): Promise<string> {
  const existing: Key | null = await master.getKey(spec.uid).catch(() => null);
  if (existing && sameSet(existing.actions, spec.actions) && sameSet(existing.indexes, spec.indexes) && !existing.expiresAt)
    return existing.key;
  // A key's rights cannot be edited: one made by an older version of this code is replaced.
  if (existing) await master.deleteKey(spec.uid);
  const created = await master.createKey({ ...spec, description: "Created by Passage's start script.", expiresAt: null });
  return created.key;
}

/** Finds or creates the search and write keys for the indexes under `prefix` (needs a client with the master key). */
export async function ensureRestrictedKeys(master: Meilisearch, prefix: string): Promise<RestrictedKeys> {
  const specs = restrictedKeySpecs(prefix);
  return { searchKey: await ensureKey(master, specs.search), writeKey: await ensureKey(master, specs.write) };
}
