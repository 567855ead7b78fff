// security.txt (RFC 9116) and the contact the /security page shows: from the environment (lib/env.ts), with defaults
// that work for any deployment: security@ the site's own host, the site's /en/security page, every language of the site.
import { locales } from "@/lib/i18n/locales";

export interface SecuritySettings {
  siteUrl: string;
  contact?: string;
  policyUrl?: string;
  languages?: string;
  days: number;
}

/** Where to report, in order: `mailto:` or `https:` addresses. */
export function securityContacts({ siteUrl, contact }: Pick<SecuritySettings, "siteUrl" | "contact">): string[] {
  if (contact) return contact.split(",").map((address) => address.trim());
  return [`mailto:security@${new URL(siteUrl).hostname}`];
}

/** The file's text: one field per line, Expires `days` after `now` (RFC 9116 asks for less than a year). */
export function securityTxt(settings: SecuritySettings, now = new Date()): string {
  const expires = new Date(now.getTime() + settings.days * 24 * 60 * 60 * 1000);
  expires.setUTCHours(0, 0, 0, 0);
  const lines = [
    ...securityContacts(settings).map((contact) => `Contact: ${contact}`),
    `Expires: ${expires.toISOString()}`,
    `Preferred-Languages: ${settings.languages ?? locales.join(", ")}`,
    `Canonical: ${settings.siteUrl}/.well-known/security.txt`,
    `Policy: ${settings.policyUrl ?? `${settings.siteUrl}/en/security`}`,
  ];
  return `${lines.join("\n")}\n`;
}

/** The fields of a security.txt, each with all its values (the tests read the served file with it). */
export function parseSecurityTxt(text: string): Map<string, string[]> {
  const fields = new Map<string, string[]>();
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim() || line.startsWith("#")) continue;
    const match = /^([A-Za-z-]+):\s*(\S.*)$/.exec(line);
    if (!match) throw new Error(`Not a security.txt field: ${line}`);
    const name = match[1]!.toLowerCase();
    fields.set(name, [...(fields.get(name) ?? []), match[2]!.trim()]);
  }
  return fields;
}
