/**
 * How Chinese news copy states a head count: a small or round number exactly
 * ("8人", "100人"), otherwise the tens below it and "余" ("71" → "70余人",
 * "125" → "120余人"). The exact number goes in the attendance appendix.
 */
export function roundedHeadcountZh(n: number): string {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`not a head count: ${n}`);
  if (n < 10 || n % 10 === 0) return `${n}人`;
  return `${Math.floor(n / 10) * 10}余人`;
}

/** The English counterpart: "more than 70 people", exact when small or round. */
export function roundedHeadcountEn(n: number): string {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`not a head count: ${n}`);
  if (n < 10 || n % 10 === 0) return n === 1 ? '1 person' : `${n} people`;
  return `more than ${Math.floor(n / 10) * 10} people`;
}
