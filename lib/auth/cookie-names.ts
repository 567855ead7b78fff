/**
 * A back-office cookie's name: with the __Host- prefix when the site is served over https, so the browser accepts it
 * only when Secure, without a Domain and for path /, never set by a subdomain or over plain http.
 */
export function authCookieName(name: string, siteUrl: string): string {
  return siteUrl.startsWith("https://") ? `__Host-${name}` : name;
}
