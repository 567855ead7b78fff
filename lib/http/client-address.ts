// Who is asking: the client address used as the key of every per-address rate limit. Only the web server
// (lib/http/web-server.ts) decides it, from the socket and the number of reverse proxies it trusts; everything else
// reads the header it sets, through `requestClientAddress`.
import { isIP } from "node:net";

/** Set by the web server on every request (any copy the client sent is dropped first). */
export const CLIENT_ADDRESS_HEADER = "x-passage-client";

/** `::ffff:192.0.2.1` (an IPv4 client on a dual-stack socket) is the same client as `192.0.2.1`. */
function normalize(address: string): string {
  const trimmed = address.trim();
  return trimmed.toLowerCase().startsWith("::ffff:") && isIP(trimmed.slice(7)) === 4 ? trimmed.slice(7) : trimmed;
}

/**
 * The client address for a request that arrived on `socketAddress` with these X-Forwarded-For values.
 *
 * Each trusted proxy appends the address it received the request from, so with `trustedHops` proxies in front the
 * client is the `trustedHops`-th entry from the right; everything left of it was written by the client and is ignored.
 * With 0 hops the header is ignored altogether. A chain shorter than expected, or an entry that is not an IP address,
 * falls back to the socket: a forged header can never give a client a new bucket.
 */
export function clientAddress(socketAddress: string | undefined, forwardedFor: string | string[] | undefined, trustedHops: number): string {
  const socket = socketAddress ? normalize(socketAddress) : "unknown";
  if (trustedHops <= 0 || !forwardedFor) return socket;
  const hops = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : forwardedFor)
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (hops.length < trustedHops) return socket;
  const candidate = normalize(hops[hops.length - trustedHops] ?? "");
  return isIP(candidate) ? candidate : socket;
}

/** The client address of a request that came through the web server (route handlers, server actions). */
export function requestClientAddress(headers: Headers): string {
  return headers.get(CLIENT_ADDRESS_HEADER) || "unknown";
}
