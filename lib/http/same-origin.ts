// Whether a request comes from a page of this site, for the back office's mutations and the proxy in front of them.

/**
 * True when the request comes from a page of this site: its Origin (or, failing that, Referer) has the request's host.
 * Next.js already aborts a server action whose Origin differs from the Host (or X-Forwarded-Host), but lets one without
 * an Origin through with a warning; this refuses that too.
 */
export function sameOrigin(requestHeaders: Headers): boolean {
  const host = requestHeaders.get("x-forwarded-host") ?? requestHeaders.get("host");
  const origin = requestHeaders.get("origin") ?? requestHeaders.get("referer");
  if (!host || !origin || origin === "null") return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
