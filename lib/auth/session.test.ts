import { describe, expect, it, vi } from 'vitest';
import { makeUser } from '@/test/factories';

// The request's cookies, as next/headers hands them to the session read.
const request = vi.hoisted(() => ({ cookies: new Map<string, string>() }));
vi.mock('next/headers', () => ({
  cookies: async () => ({
    has: (name: string) => request.cookies.has(name),
    get: (name: string) => (request.cookies.has(name) ? { name, value: request.cookies.get(name) } : undefined),
    getAll: () => [...request.cookies].map(([name, value]) => ({ name, value })),
  }),
  headers: async () =>
    new Headers({ cookie: [...request.cookies].map(([name, value]) => `${name}=${value}`).join('; ') }),
}));
// next-auth itself (it decodes the cookie; signing in end to end is in e2e/): what it is asked, and its answer.
const nextAuth = vi.hoisted(() => ({ calls: 0, session: null as unknown }));
vi.mock('next-auth', () => ({
  getServerSession: async () => {
    nextAuth.calls += 1;
    return nextAuth.session;
  },
}));

const { getViewer } = await import('./session');

describe('reading the session', () => {
  it('a request without the session cookie is a guest, without running next-auth', async () => {
    request.cookies = new Map([['NEXT_LOCALE', 'en']]);
    nextAuth.calls = 0;
    expect(await getViewer()).toBeNull();
    expect(nextAuth.calls).toBe(0);
  });

  it('a request with a session cookie is read through next-auth, under either name and when split', async () => {
    const person = makeUser();
    nextAuth.session = { user: { id: String(person.id) }, sid: `test-${person.id}`, ver: 0 };
    for (const name of ['next-auth.session-token', '__Secure-next-auth.session-token', 'next-auth.session-token.0']) {
      request.cookies = new Map([[name, 'token']]);
      nextAuth.calls = 0;
      expect((await getViewer())?.id, name).toBe(person.id);
      expect(nextAuth.calls, name).toBe(1);
    }
  });
});
