import { isIP } from 'node:net';

/**
 * The header scripts/serve.mjs sets on every request to the address of the socket
 * it came in on, after removing any copy the client sent. Next itself only fills
 * X-Forwarded-For when it is missing, so a client could otherwise name any address.
 */
export const PEER_HEADER = 'x-convene-peer';

/**
 * Set by scripts/serve.mjs to "1" when the request arrived with a forwarding header
 * (X-Forwarded-For, Forwarded, X-Real-IP), "0" otherwise. Next adds X-Forwarded-For to
 * every request itself, so its presence later says nothing about a proxy.
 */
export const FORWARDED_HEADER = 'x-convene-forwarded';

function normalise(address: string): string {
  const trimmed = address.trim().replace(/^\[|\]$/g, '');
  // IPv4 clients on a dual-stack socket arrive as ::ffff:a.b.c.d.
  return trimmed.startsWith('::ffff:') && isIP(trimmed.slice(7)) === 4 ? trimmed.slice(7) : trimmed;
}

export function isLoopback(address: string | null | undefined): boolean {
  if (!address) return false;
  const ip = normalise(address);
  return ip === '::1' || (isIP(ip) === 4 && ip.startsWith('127.'));
}

/** Whether `address` is one of the configured reverse proxies (TRUSTED_PROXIES). */
export function isTrustedProxy(address: string, proxies: readonly string[]): boolean {
  const ip = normalise(address);
  return proxies.some((entry) => (entry === 'loopback' ? isLoopback(ip) : normalise(entry) === ip));
}

/**
 * Who is asking: the socket's peer, unless that peer is one of our own proxies, in
 * which case the last X-Forwarded-For hop that is not a trusted proxy. A client can
 * prepend anything to X-Forwarded-For; only the hops our proxies appended count.
 */
export function clientAddress(
  peer: string | null,
  forwardedFor: string | null,
  proxies: readonly string[],
): string | null {
  if (!peer || isIP(normalise(peer)) === 0) return null;
  if (!isTrustedProxy(peer, proxies) || !forwardedFor) return normalise(peer);
  const hops = forwardedFor
    .split(',')
    .map(normalise)
    .filter((hop) => isIP(hop) !== 0);
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = hops[i]!;
    if (!isTrustedProxy(hop, proxies)) return hop;
  }
  return hops[0] ?? normalise(peer);
}
