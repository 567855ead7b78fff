// Strict-Transport-Security for a site served over https: browsers then refuse plain http to it for a year, so a
// network attacker cannot strip TLS from a later visit. Not sent over http (browsers ignore it there anyway, and a
// local or test deployment must stay reachable).
export const HSTS_VALUE = "max-age=31536000; includeSubDomains";

export function transportSecurityHeader(siteUrl: string | undefined): string | undefined {
  return siteUrl?.startsWith("https://") ? HSTS_VALUE : undefined;
}
