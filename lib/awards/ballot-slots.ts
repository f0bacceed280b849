import crypto from 'node:crypto';

/**
 * The fixed-size contents of a secret ballot slot (decision 0011). A vote overwrites
 * its slot in place, which SQLite does only when the new row is exactly as long as the
 * old one; a row that grew would be moved to a new place in the page, and the move
 * would record the order of voting. So every value has one width per round:
 * the choices as 10-digit nomination ids, max_choices of them, zeros after the last;
 * the receipt hash as 64 hex digits, random while the slot is empty.
 */
const ID_DIGITS = 10;

export const choicesWidth = (maxChoices: number) => maxChoices * ID_DIGITS;

export function encodeChoices(ids: readonly number[], maxChoices: number): string {
  if (ids.length > maxChoices || ids.some((id) => !Number.isInteger(id) || id <= 0 || id >= 10 ** ID_DIGITS))
    throw new RangeError('choices do not fit the slot');
  return ids
    .map((id) => String(id).padStart(ID_DIGITS, '0'))
    .join('')
    .padEnd(choicesWidth(maxChoices), '0');
}

export function decodeChoices(stored: string): number[] {
  return (stored.match(/\d{10}/g) ?? []).map(Number).filter((id) => id > 0);
}

/** An empty slot: choices all zeros, and a random stand-in for the receipt hash, as long as a real one. */
export const emptySlot = (maxChoices: number) => ({
  receiptHash: crypto.randomBytes(32).toString('hex'),
  choices: '0'.repeat(choicesWidth(maxChoices)),
  filled: false,
});

/** Slot numbers: random, so neither the rowid nor the key order counts anything. Below 2^48, exact in a JS number. */
export function slotNumbers(count: number): number[] {
  const numbers = new Set<number>();
  while (numbers.size < count) numbers.add(crypto.randomInt(1, 2 ** 48));
  return [...numbers];
}
