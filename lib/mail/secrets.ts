import crypto from 'node:crypto';
import { authSecret } from '@/lib/auth/secret';

/**
 * Private links in queued emails (a guest's ticket, an invitation, a nomination's edit
 * link) must not rest in clear in the outbox, where admins read them and backups keep
 * them (docs/decisions/0018). The text and HTML keep a mask where each secret was; the
 * secrets themselves are sealed with AES-256-GCM under a key derived from the session
 * secret, opened only while sending, and dropped once the email is sent.
 */

/** What stands in a stored email where a secret was; readable on /admin/outbox. */
export const secretMask = (index: number) => `[••••••${index === 0 ? '' : `#${index + 1}`}]`;

let cachedKey: { secret: string; key: Buffer } | undefined;
function key(): Buffer {
  const secret = authSecret();
  if (cachedKey?.secret !== secret) {
    const derived = crypto.hkdfSync('sha256', secret, 'convene', 'outbox secrets v1', 32);
    cachedKey = { secret, key: Buffer.from(derived) };
  }
  return cachedKey.key;
}

export function sealSecrets(secrets: readonly string[]): string {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv('aes-256-gcm', key(), iv);
  const body = Buffer.concat([cipher.update(JSON.stringify(secrets), 'utf8'), cipher.final()]);
  return ['v1', iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), body.toString('base64url')].join(
    '.',
  );
}

/** Throws when the seal was made under another key (the session secret changed) or was altered. */
export function openSecrets(sealed: string): string[] {
  const [version, iv, tag, body] = sealed.split('.');
  if (version !== 'v1' || !iv || !tag || !body) throw new Error('unreadable sealed secrets');
  const decipher = crypto.createDecipheriv('aes-256-gcm', key(), Buffer.from(iv, 'base64url'));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  const plain = Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
  return JSON.parse(plain) as string[];
}

/** Replaces every occurrence of each secret with its mask. */
export function maskSecrets(text: string, secrets: readonly string[]): string {
  return secrets.reduce(
    (masked, secret, index) => (secret ? masked.split(secret).join(secretMask(index)) : masked),
    text,
  );
}

/** Puts the secrets back where their masks are. */
export function revealSecrets(text: string, secrets: readonly string[]): string {
  return secrets.reduce((revealed, secret, index) => revealed.split(secretMask(index)).join(secret), text);
}
