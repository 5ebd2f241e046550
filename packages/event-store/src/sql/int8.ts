/** int8 as drivers return it: `pg` a string, PGlite a number (a bigint past 2^53). */
export type Int8 = string | number | bigint;

export const toBigInt = (value: Int8): bigint => (typeof value === 'bigint' ? value : BigInt(value));

/** Revisions and counts, which stay far below 2^53. */
export function toNumber(value: Int8): number {
  const n = Number(value);
  if (!Number.isSafeInteger(n)) throw new RangeError(`int8 ${String(value)} does not fit a JavaScript number`);
  return n;
}
