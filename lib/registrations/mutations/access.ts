import { eq } from 'drizzle-orm';
import type { Tx } from '@/db';
import { registrations, type Registration } from '@/db/schema';
import { recordAudit } from '@/lib/audit/mutations';
import { newAccessToken, openAccessToken } from '../access-token';

/**
 * The token for a link in an email about this registration: the one it was given, opened
 * from its seal, so every email carries the link of the first (decision 0018). When the
 * seal no longer opens (the session secret was changed since), the registration gets a new
 * token instead and the old link stops working: an email without a working link would
 * leave a guest with no account no way back to their registration.
 */
export function accessTokenFor(tx: Tx, registration: Pick<Registration, 'id' | 'accessTokenSealed'>): string {
  const token = openAccessToken(registration.accessTokenSealed);
  if (token) return token;
  const renewed = newAccessToken();
  tx.update(registrations).set(renewed.columns).where(eq(registrations.id, registration.id)).run();
  recordAudit(tx, {
    actorId: null,
    action: 'registration.renewLink',
    entityType: 'registration',
    entityId: registration.id,
    changes: { reason: 'sealUnreadable' },
  });
  return renewed.token;
}
