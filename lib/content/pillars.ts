// The four pillars of guidance. Each has a hub page at /<pillar> (content/hubs/<pillar>/) and a label in `nav` and
// `home.pillars` under the same message key.
export const pillars = ["visas", "work-permits", "recognition", "language-learning"] as const;
export type Pillar = (typeof pillars)[number];

/** The message key of each pillar (message keys are camelCase, slugs kebab-case). */
export const pillarMessageKey = {
  visas: "visas",
  "work-permits": "workPermits",
  recognition: "recognition",
  "language-learning": "languageLearning",
} as const satisfies Record<Pillar, string>;

export function isPillar(value: string): value is Pillar {
  return (pillars as readonly string[]).includes(value);
}
