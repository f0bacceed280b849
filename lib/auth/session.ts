import { cache } from 'react';
import { getServerSession } from 'next-auth';
import { getActiveViewer, type Viewer } from './data';
import { authOptions } from './options';

export type { Viewer };

/**
 * The person making this request, loaded fresh from the database (role,
 * name, archived state), or null. Once per request.
 */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const session = await getServerSession(authOptions);
  const id = Number((session?.user as { id?: string } | undefined)?.id);
  if (!Number.isInteger(id) || id <= 0) return null;
  return getActiveViewer(id) ?? null;
});
