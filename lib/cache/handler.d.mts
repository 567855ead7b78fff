export declare function expireTags(tags: readonly string[], at?: number): void;
export declare function setDatabaseReachable(reachable: boolean): void;
declare const PageCacheHandler: unknown;
export default PageCacheHandler;
