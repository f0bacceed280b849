import crypto from 'node:crypto';

// No 0/O, 1/I/L: the code is read aloud and typed at the door.
const TICKET_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

/** An 8-character ticket code (about 40 bits), shown as ABCD-EFGH. */
export function newTicketCode(): string {
  const bytes = crypto.randomBytes(8);
  return Array.from(bytes, (byte) => TICKET_ALPHABET[byte % TICKET_ALPHABET.length]).join('');
}

/** What the door staff type may have a dash, spaces or lower case. */
export function normalizeTicketCode(input: string): string {
  return input.toUpperCase().replace(/[^0-9A-Z]/g, '');
}

export function formatTicketCode(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

/** A secret for a private link (a guest's registration, an invitation): 256 bits, URL-safe. */
export function newLinkToken(): string {
  return crypto.randomBytes(32).toString('base64url');
}

/** Only the hash is stored: a copy of the database does not open anyone's registration. */
export function hashToken(token: string): string {
  return crypto.createHash('sha256').update(token).digest('hex');
}
