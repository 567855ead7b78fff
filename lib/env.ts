// The one place that reads process.env. Everything else imports from here, so a missing or malformed variable is one
// clear error at start-up instead of an undefined deep inside a request.
import { z } from "zod";

const port = z.coerce
  .number({ error: "must be a port number from 1 to 65535" })
  .int("must be a port number from 1 to 65535")
  .min(1, "must be a port number from 1 to 65535")
  .max(65535, "must be a port number from 1 to 65535");
const url = z.url({ protocol: /^https?$/ });
const postgresUrl = z.string().regex(/^postgres(ql)?:\/\//, "must start with postgres:// or postgresql://");

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("production"),
  PORT: port.default(3000),
  SITE_URL: url.optional(),
  DATA_DIR: z.string().min(1).default(".data"),
  NEXT_DIST_DIR: z
    .string()
    .regex(/^\.next[\w-]*$/, "must be .next or start with .next-")
    .default(".next"),
  DATABASE_URL: postgresUrl.optional(),
  EMBEDDED_DB_PORT: port.default(5544),
  MEILI_HOST: url.optional(),
  /** Only the start script and CLIs hold it (to index and to create the restricted keys below); never the web server. */
  MEILI_MASTER_KEY: z.string().min(16, "must be at least 16 characters").optional(),
  /** The web server's restricted keys: queries on the portal's indexes, and document updates for publishing. */
  MEILI_SEARCH_KEY: z.string().min(16, "must be at least 16 characters").optional(),
  MEILI_WRITE_KEY: z.string().min(16, "must be at least 16 characters").optional(),
  MEILI_EMBEDDED_PORT: port.default(7711),
  MEILI_TIMEOUT_MS: z.coerce.number().int().min(50).max(1500).default(1500),
  /** Searches per minute per client address on /api/search. */
  SEARCH_RATE_LIMIT: z.coerce.number().int().min(1).max(100_000).default(120),
  /** "Was this page useful?" answers per hour per client address on /api/feedback. */
  FEEDBACK_RATE_LIMIT: z.coerce.number().int().min(1).max(100_000).default(20),
  /** `off`: the web server does not render every page after it starts (an instance that serves only the APIs, or a
   * test's extra instance); /api/ready then answers 200 at once. */
  PAGE_CACHE_WARM_UP: z.enum(["on", "off"], { error: "must be on or off" }).default("on"),
  /**
   * How many reverse proxies in front of the web server append to X-Forwarded-For (0: none, the header is ignored and
   * the socket address is the client). See lib/http/client-address.ts.
   */
  TRUSTED_PROXY_HOPS: z.coerce
    .number({ error: "must be a whole number from 0 to 10" })
    .int("must be a whole number from 0 to 10")
    .min(0)
    .max(10)
    .default(0),
  SEARCH_INDEX_PREFIX: z
    .string()
    .regex(/^[a-z0-9_]+$/, "lowercase letters, digits and _ only")
    .default("passage"),
  /** Where `npm run db:backup` writes; keep it on another disk, or copy it elsewhere. */
  BACKUP_DIR: z.string().min(1).default("backups"),
  /** security.txt (RFC 9116): where to report a vulnerability, comma-separated mailto: or https: addresses. */
  SECURITY_CONTACT: z
    .string()
    .regex(/^(mailto:[^\s,@]+@[^\s,]+|https:\/\/[^\s,]+)(\s*,\s*(mailto:[^\s,@]+@[^\s,]+|https:\/\/[^\s,]+))*$/, {
      error: "must be mailto: or https: addresses, separated by commas",
    })
    .optional(),
  /** The disclosure policy's address (default: the site's own /en/security page). */
  SECURITY_POLICY_URL: z.url({ protocol: /^https?$/ }).optional(),
  /** Languages security reports may be written in (default: every language of the site). */
  SECURITY_LANGUAGES: z
    .string()
    .regex(/^[a-zA-Z-]{2,}(\s*,\s*[a-zA-Z-]{2,})*$/, "must be language tags separated by commas (en, fr)")
    .optional(),
  /** How long each copy of security.txt is valid (RFC 9116 asks for less than a year). */
  SECURITY_TXT_DAYS: z.coerce.number().int().min(1).max(365).default(180),
});

export type Env = z.infer<typeof schema>;

export class EnvError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid environment: ${problems.join("; ")}`);
    this.name = "EnvError";
  }
}

/** Parses an environment (process.env by default); throws EnvError naming each variable at fault. */
export function parseEnv(source: Record<string, string | undefined> = process.env): Env {
  // Empty strings count as unset: `FOO= npm start` should mean "use the default".
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== undefined && value !== ""));
  const result = schema.safeParse(cleaned);
  const problems = result.success ? [] : result.error.issues.map((issue) => `${issue.path.join(".")} ${issue.message}`);
  if (!result.success || problems.length) throw new EnvError(problems);
  return result.data;
}

/** Throws one EnvError naming every variable of `names` that is unset, and why it is needed. */
export function requireVariables(parsed: Env, names: (keyof Env)[], why: string) {
  const missing = names.filter((name) => parsed[name] === undefined);
  if (missing.length) throw new EnvError(missing.map((name) => `${name} is required ${why}`));
}

let cached: Env | undefined;
export function env(): Env {
  cached ??= parseEnv();
  return cached;
}

/** The public origin used in canonical links, hreflang alternates, the sitemap and feeds. */
export function siteUrl(): string {
  const { SITE_URL, PORT } = env();
  return (SITE_URL ?? `http://localhost:${PORT}`).replace(/\/$/, "");
}

/** Connection settings for the running app: the start script always provides both. */
export function runtimeServices() {
  const { DATABASE_URL, MEILI_HOST, MEILI_SEARCH_KEY, MEILI_WRITE_KEY, MEILI_TIMEOUT_MS, SEARCH_INDEX_PREFIX } = env();
  return {
    databaseUrl: DATABASE_URL,
    meiliHost: MEILI_HOST,
    meiliSearchKey: MEILI_SEARCH_KEY,
    meiliWriteKey: MEILI_WRITE_KEY,
    meiliTimeoutMs: MEILI_TIMEOUT_MS,
    indexPrefix: SEARCH_INDEX_PREFIX,
  };
}

/**
 * True inside `next build`. Pages that show database content are then rendered without it: the build machine's data
 * must not reach production, and the page cache re-renders those pages on first request after each start anyway.
 */
export function isBuildPhase(): boolean {
  return process.env.NEXT_PHASE === "phase-production-build";
}

export const version: string = process.env.npm_package_version ?? "0.1.0";

/**
 * The environment a child process gets: `extra` over this process's own, or over only the variables named in `only`
 * (a child that reads options from its environment, as Meilisearch does every MEILI_* variable, gets nothing else),
 * less those named in `except` (a secret the child must not see).
 */
export function childEnvironment(
  extra: Record<string, string>,
  { only, except = [] }: { only?: readonly string[]; except?: readonly string[] } = {},
): NodeJS.ProcessEnv {
  const base: Record<string, string | undefined> = only
    ? Object.fromEntries(only.map((name) => [name, process.env[name]]))
    : { ...process.env };
  for (const name of except) delete base[name];
  // NodeJS.ProcessEnv declares NODE_ENV, which a child need not be given.
  return { ...base, ...extra } as NodeJS.ProcessEnv;
}

/**
 * Whether DEBUG is set: the start script then prints the stack of an unexpected error. Read apart from env(), which may
 * be what failed.
 */
export function debugEnabled(): boolean {
  return Boolean(process.env.DEBUG);
}

/** Sets variables in this process's environment, for libraries that read it as they load (React and Next: NODE_ENV). */
export function setProcessEnvironment(values: Record<string, string>) {
  Object.assign(process.env, values);
}
