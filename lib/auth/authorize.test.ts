import { afterEach, describe, expect, it } from 'vitest';
import { makeUser } from '@/test/factories';
import { DEMO_PASSWORD } from './demo';
import { authOptions } from './options';
import { hashPassword } from './password';

/**
 * Issue 12, finding 2: `npm start` on a server created admin@convene.local with the
 * published password `convene-demo`, and anyone could sign in with it. The published
 * password now works only from this machine (the socket's peer, which scripts/serve.mjs
 * writes into x-convene-peer) and never on an https APP_URL. Called through next-auth's
 * provider, so the wiring is tested too.
 */
type Authorize = (
  credentials: Record<string, string>,
  request: { headers: Record<string, string> },
) => Promise<{ id: string }>;
const authorize = (authOptions.providers[0] as unknown as { options: { authorize: Authorize } }).options.authorize;

const demoAdmin = makeUser({
  email: 'admin@convene.local',
  role: 'admin',
  passwordHash: await hashPassword(DEMO_PASSWORD),
});
const realPassword = 'a long passphrase of our own';
const realAdmin = makeUser({
  email: `owner.${Date.now()}@example.cn`,
  role: 'admin',
  passwordHash: await hashPassword(realPassword),
});

/** A browser on this machine, as scripts/serve.mjs describes it. */
const local = { 'x-convene-peer': '127.0.0.1', 'x-convene-forwarded': '0' };

const signIn = (headers: Record<string, string>, email = demoAdmin.email, password = DEMO_PASSWORD) =>
  authorize({ email, password }, { headers });

afterEach(() => {
  delete process.env.APP_URL;
  delete process.env.TRUSTED_PROXIES;
});

describe('demo sign-ins', () => {
  it('work from this machine', async () => {
    await expect(signIn(local)).resolves.toEqual({ id: String(demoAdmin.id), sessionVersion: 0 });
    await expect(signIn({ 'x-convene-peer': '::1', 'x-convene-forwarded': '0' })).resolves.toEqual({
      id: String(demoAdmin.id),
      sessionVersion: 0,
    });
    // Next adds X-Forwarded-For to every request itself; serve.mjs noted that the client sent none.
    await expect(signIn({ ...local, 'x-forwarded-for': '127.0.0.1' })).resolves.toEqual({
      id: String(demoAdmin.id),
      sessionVersion: 0,
    });
  });

  it.each([
    ['another machine', { 'x-convene-peer': '203.0.113.7', 'x-convene-forwarded': '0' }],
    [
      'another machine claiming to be local',
      { 'x-convene-peer': '203.0.113.7', 'x-convene-forwarded': '1', 'x-forwarded-for': '127.0.0.1' },
    ],
    ['an IPv4-mapped stranger', { 'x-convene-peer': '::ffff:192.168.1.20', 'x-convene-forwarded': '0' }],
    [
      'an untrusted proxy on this machine',
      { 'x-convene-peer': '127.0.0.1', 'x-convene-forwarded': '1', 'x-forwarded-for': '203.0.113.7' },
    ],
    [
      'an untrusted proxy on this machine, forwarding a "local" client',
      { 'x-convene-peer': '127.0.0.1', 'x-convene-forwarded': '1', 'x-forwarded-for': '127.0.0.1' },
    ],
    [
      'a proxy that says Forwarded',
      { 'x-convene-peer': '127.0.0.1', 'x-convene-forwarded': '1', forwarded: 'for=203.0.113.7' },
    ],
    ['a server that does not say whether it was forwarded', { 'x-convene-peer': '127.0.0.1' }],
    ['a server that does not name the peer (next start)', {}],
  ])('are refused from %s', async (_, headers) => {
    await expect(signIn(headers)).rejects.toThrow('demo');
  });

  it('are refused through a trusted proxy for a remote client, allowed for a local one', async () => {
    process.env.TRUSTED_PROXIES = 'loopback';
    await expect(
      signIn({ ...local, 'x-convene-forwarded': '1', 'x-forwarded-for': '127.0.0.1, 203.0.113.7' }),
    ).rejects.toThrow('demo');
    await expect(signIn({ ...local, 'x-convene-forwarded': '1', 'x-forwarded-for': '127.0.0.1' })).resolves.toEqual({
      id: String(demoAdmin.id),
      sessionVersion: 0,
    });
  });

  it('are refused on an https deployment, even from this machine', async () => {
    process.env.APP_URL = 'https://hui.example.cn';
    await expect(signIn(local)).rejects.toThrow('demo');
  });

  it('leave everyone else alone: a real password signs in from anywhere', async () => {
    process.env.APP_URL = 'https://hui.example.cn';
    await expect(
      signIn({ 'x-convene-peer': '203.0.113.7', 'x-convene-forwarded': '0' }, realAdmin.email, realPassword),
    ).resolves.toEqual({ id: String(realAdmin.id), sessionVersion: 0 });
  });
});
