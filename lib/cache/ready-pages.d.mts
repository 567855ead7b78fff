export interface ReadyPage {
  path: string;
  body: Buffer;
  gzipped?: Buffer;
  etag: string;
  headers: Record<string, string>;
  tags: string[];
  renderedAt: number;
  /** When the entry's revalidation time runs out (Infinity: never). */
  staleAt: number;
}
export declare function offerPage(
  key: string,
  value: unknown,
  renderedAt: number,
  tags: readonly string[],
  revalidate?: number | false,
): void;
export declare function readyPage(path: string, now?: number): ReadyPage | undefined;
export declare function gzippedBody(page: ReadyPage): Buffer;
export declare function forgetAllPages(): void;
export declare function pagePathOf(key: string): string | null;
