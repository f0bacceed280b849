import crypto from 'node:crypto';
import { authSecret } from './secret';

/**
 * Secrets the app must read back later (the private links in queued emails, a guest's
 * registration link) are kept sealed, never in clear (docs/decisions/0018): AES-256-GCM
 * under a key derived (HKDF) from the session secret, a separate key per purpose, so a copy
 * of the database or a backup without the secret opens nothing. Changing the session
 * secret makes every seal unreadable (`unseal` throws).
 */

const keys = new Map<string, { secret: string; key: Buffer }>();
function key(purpose: string): Buffer {
  const secret = authSecret();
  let cached = keys.get(purpose);
  if (cached?.secret !== secret) {
    cached = { secret, key: Buffer.from(crypto.hkdfSync('sha256', secret, 'convene', purpose, 32)) };
    keys.set(purpose, cached);
  }
  return cached.key;
}

/** `v1.<iv>.<tag>.<ciphertext>`, base64url; a fresh random IV each time. */
export function seal(purpose: string, plain: string): string {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv('aes-256-gcm', key(purpose), iv);
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return ['v1', iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), body.toString('base64url')].join(
    '.',
  );
}

/** Throws when the seal was made for another purpose, under another session secret, or was altered. */
export function unseal(purpose: string, sealed: string): string {
  const [version, iv, tag, body] = sealed.split('.');
  if (version !== 'v1' || !iv || !tag || !body) throw new Error('unreadable sealed secret');
  const decipher = crypto.createDecipheriv('aes-256-gcm', key(purpose), Buffer.from(iv, 'base64url'));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
}
