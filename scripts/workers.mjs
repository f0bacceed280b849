// @ts-check
/**
 * How many worker processes `npm start` runs (scripts/serve.mjs): WEB_CONCURRENCY, a whole
 * number from 1 to 256, else one per core. Plain JavaScript, since serve.mjs reads it
 * before Next (and lib/env.ts, which states the same rule) is loaded.
 * @param {string | undefined} value
 * @param {number} cores
 * @returns {number}
 */
export function workerCount(value, cores) {
  if (value === undefined || value.trim() === '') return Math.max(1, cores);
  const count = Number(value);
  if (!Number.isInteger(count) || count < 1 || count > 256)
    throw new Error(`Invalid environment: WEB_CONCURRENCY: a whole number from 1 to 256, not "${value}"`);
  return count;
}
