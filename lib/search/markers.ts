// The private-use characters that wrap matched words in search snippets. Kept apart from the query code so that
// client components can read them without pulling in the Meilisearch client.
export const HIGHLIGHT_START = "\uE000";
export const HIGHLIGHT_END = "\uE001";
