// The one slug pattern: lowercase kebab-case, for guidance pages, country folders and glossary ids. Checked on every
// route parameter before it reaches the file system, the database or a search filter.
export const slugPattern = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export function isSlug(value: string): boolean {
  return slugPattern.test(value);
}
