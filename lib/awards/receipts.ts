import crypto from 'node:crypto';

// No 0/O, 1/I/L: the code is copied by hand.
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

/** A ballot receipt: 20 characters (~99 bits), shown as five groups of four. Only its hash is stored. */
export function newReceipt(): string {
  return Array.from(crypto.randomBytes(20), (byte) => ALPHABET[byte % ALPHABET.length]).join('');
}

export function normalizeReceipt(input: string): string {
  return input.toUpperCase().replace(/[^0-9A-Z]/g, '');
}

export const formatReceipt = (code: string) => code.match(/.{1,4}/g)?.join('-') ?? code;

export function hashReceipt(code: string): string {
  return crypto.createHash('sha256').update(normalizeReceipt(code)).digest('hex');
}
