import { cache } from 'react';
import { getServerSession } from 'next-auth';
import { getSessionViewer, type Viewer } from './data';
import { authOptions } from './options';

export type { Viewer };

type SessionShape = { user?: { id?: string }; sid?: unknown; ver?: unknown; expires?: string };

/** The session this request carries, as our own claims, or null. */
export const currentSession = cache(async () => {
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
