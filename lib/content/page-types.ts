// The kinds of page: guidance pages come from content/ (each in its own folder), country profiles from the database.
export const guidanceTypes = ["hub", "pathway", "guide"] as const;
export type GuidanceType = (typeof guidanceTypes)[number];

/** What search indexes and filters by: every guidance type plus country profiles. */
export const documentTypes = [...guidanceTypes, "country", "route"] as const;
export type DocumentType = (typeof documentTypes)[number];

/** The content folder of each guidance type, also the first path segment of pathways and guides (hubs sit at /<pillar>). */
export const guidanceFolders = { hub: "hubs", pathway: "pathways", guide: "guides" } as const satisfies Record<GuidanceType, string>;
