import { seal, unseal } from '@/lib/auth/sealing';
import { hashToken, newLinkToken } from './tokens';

/**
 * A registration's private link (docs/decisions/0018). The token opens the guest's page
 * (name, phone, ticket, cancel), so it never rests in clear: the row keeps its SHA-256,
 * which is how a link is looked up, and the token sealed under the session secret, which
 * later emails (promotion, seat) open to carry the same link as the first one.
 */

const PURPOSE = 'registration links v1';

/** What a registration row stores for a token. */
export function accessTokenColumns(token: string) {
  return { accessTokenHash: hashToken(token), accessTokenSealed: seal(PURPOSE, token) };
}

/** A new token, and what its row stores. */
export function newAccessToken() {
  const token = newLinkToken();
  return { token, columns: accessTokenColumns(token) };
}

/** The token back from its seal; null when it cannot be opened (the session secret changed since). */
export function openAccessToken(sealed: string | null): string | null {
  if (!sealed) return null;
  try {
    return unseal(PURPOSE, sealed);
  } catch {
    return null;
  }
}

/** The lookup condition's value for a token a visitor brings. */
export const accessTokenHash = hashToken;
