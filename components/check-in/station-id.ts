/**
 * This device's name at the door: four characters, made once and kept, so the other
 * stations can say "checked in at 09:12 at station K7QM". Random from getRandomValues,
 * which works on plain http too (randomUUID needs a secure context).
 */
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
const KEY = 'convene-door-station';

export function randomText(length: number, alphabet = ALPHABET): string {
  const bytes = crypto.getRandomValues(new Uint8Array(length));
  return Array.from(bytes, (byte) => alphabet[byte % alphabet.length]).join('');
}

let made: string | undefined;

export function stationId(): string {
  if (made) return made;
  try {
    const kept = localStorage.getItem(KEY);
    made = kept && /^[2-9A-Z]{4}$/.test(kept) ? kept : randomText(4);
    localStorage.setItem(KEY, made);
  } catch {
    made ??= randomText(4);
  }
  return made;
}

/** An id for one queued check-in: 128 random bits, so two stations never make the same one. */
export const eventId = () => randomText(26, '0123456789abcdefghijklmnopqrstuvwxyz');
