import { cache } from 'react';
import { getServerSession } from 'next-auth';
import { cookies } from 'next/headers';
import { getSessionViewer, type Viewer } from './data';
import { authOptions } from './options';
import { SESSION_COOKIES } from './session-cookie';

export type { Viewer };

type SessionShape = { user?: { id?: string }; sid?: unknown; ver?: unknown; expires?: string };

/** The session this request carries, as our own claims, or null. */
export const currentSession = cache(async () => {
  // No session cookie (a large cookie is split into name.0, name.1, …), no session: a guest's
  // request skips next-auth's handler, which builds a CSRF token and more on every call
  // (a registration in a surge, docs/decisions/0022).
  const jar = await cookies();
  if (!SESSION_COOKIES.some((name) => jar.has(name) || jar.has(`${name}.0`))) return null;
  const session = (await getServerSession(authOptions)) as SessionShape | null;
  const id = Number(session?.user?.id);
  const { sid, ver } = session ?? {};
  // A token from before session versions (no sid/ver) no longer counts: sign in again.
  if (!Number.isInteger(id) || id <= 0 || typeof sid !== 'string' || typeof ver !== 'number') return null;
  return { userId: id, sessionId: sid, version: ver, expires: session?.expires ? new Date(session.expires) : null };
});

/**
 * The person making this request, loaded fresh from the database (role, name,
 * archived state), or null — also when this session was signed out or the account's
 * session version moved on since sign-in. Once per request.
 */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const session = await currentSession();
  if (!session) return null;
  return getSessionViewer(session.userId, session.version, session.sessionId) ?? null;
});
