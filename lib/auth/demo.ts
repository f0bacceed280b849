import { readEnv, type Env } from '@/lib/env';
import { clientAddress, FORWARDED_HEADER, isLoopback, isTrustedProxy, PEER_HEADER } from '@/lib/request/client-address';
// Published credentials of the demo (README, `npm start`), not the database.
// eslint-disable-next-line @typescript-eslint/no-restricted-imports
import demo from '@/db/seed/demo-accounts.json';

/** The demo's password is printed by `npm start` and in the README: anyone knows it. */
export const DEMO_PASSWORD: string = demo.password;
export const DEMO_EMAILS: readonly string[] = demo.accounts.map((account) => account.email);

export function isDemoPassword(password: unknown): boolean {
  return password === DEMO_PASSWORD;
}

/** A deployment with an https APP_URL is meant for others to reach: no published password works there. */
export function isPublicDeployment(env: Env = readEnv()): boolean {
  return !!env.APP_URL && new URL(env.APP_URL).protocol === 'https:';
}

type Headers = Partial<Record<string, string | string[] | undefined>>;
const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? null;

/**
 * Whether a sign-in with the published demo password may go ahead: only from this very
 * machine (the socket's peer, set by scripts/serve.mjs, is loopback) and only on a
 * deployment without an https APP_URL. A proxy on the same machine makes every visitor
 * look local, so a forwarded request counts only when that proxy is trusted and says
 * the client is local too. See docs/decisions/0017-security-headers-and-demo-sign-ins.md.
 */
export function demoSignInAllowed(headers: Headers, env: Env = readEnv()): boolean {
  if (isPublicDeployment(env)) return false;
  const peer = first(headers[PEER_HEADER]);
  // `next dev` has no serve.mjs in front to name the peer; a development server is no deployment.
  if (peer === null && process.env.NODE_ENV === 'development') return true;
  if (!isLoopback(peer)) return false;
  if (first(headers[FORWARDED_HEADER]) === '0') return true;
  const forwardedFor = first(headers['x-forwarded-for']);
  return (
    !!forwardedFor &&
    isTrustedProxy(peer!, env.TRUSTED_PROXIES) &&
    isLoopback(clientAddress(peer, forwardedFor, env.TRUSTED_PROXIES))
  );
}

const BANNER = Symbol.for('convene.demoBanner');
type WithBanner = typeof globalThis & { [BANNER]?: boolean };

/**
 * Whether pages carry the "demo data" banner. Decided once at start (db/startup.ts),
 * not per request, so that cached public pages stay the same for everyone.
 */
export function showDemoBanner(): boolean {
  return (globalThis as WithBanner)[BANNER] === true;
}

export function setDemoBanner(shown: boolean): void {
  (globalThis as WithBanner)[BANNER] = shown;
}
