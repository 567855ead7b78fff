export interface ReadyPage {
  path: string;
  body: Buffer;
  gzipped?: Buffer;
  etag: string;
  headers: Record<string, string>;
  tags: string[];
  renderedAt: number;
  madeAt: number;
}
export declare function offerPage(key: string, value: unknown, renderedAt: number, tags: readonly string[]): void;
export declare function readyPage(path: string, now?: number): ReadyPage | undefined;
export declare function gzippedBody(page: ReadyPage): Buffer;
export declare function forgetAllPages(): void;
export declare function pagePathOf(key: string): string | null;
