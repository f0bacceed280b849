import { seal, unseal } from '@/lib/auth/sealing';

/**
 * Private links in queued emails (a guest's ticket, an invitation, a nomination's edit
 * link) must not rest in clear in the outbox, where admins read them and backups keep
 * them (docs/decisions/0018). The text and HTML keep a mask where each secret was; the
 * secrets themselves are sealed (lib/auth/sealing.ts), opened only while sending, and
 * dropped once the email is sent.
 */

const PURPOSE = 'outbox secrets v1';

/** What stands in a stored email where a secret was; readable on /admin/outbox. */
export const secretMask = (index: number) => `[••••••${index === 0 ? '' : `#${index + 1}`}]`;

export function sealSecrets(secrets: readonly string[]): string {
  return seal(PURPOSE, JSON.stringify(secrets));
}

/** Throws when the seal was made under another key (the session secret changed) or was altered. */
export function openSecrets(sealed: string): string[] {
  return JSON.parse(unseal(PURPOSE, sealed)) as string[];
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
