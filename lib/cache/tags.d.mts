export const DATABASE_CONTENT_HEADER: string;
export const PROFILES_TAG: string;
export function profileTag(country: string): string;
export function publishTags(country: string): string[];
export function showsDatabaseContent(tags: readonly string[]): boolean;
