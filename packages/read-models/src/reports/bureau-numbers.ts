/**
 * Numbers as the bureaus print them: counts of 10,000 and more in 万 with one decimal
 * (15,000 → 1.5万), money in 万元 with one decimal from 10,000 yuan (2,028,000 yuan → 202.8万元),
 * smaller sums in whole yuan. Rounded half up on integers, never through floating fractions.
 */
export function bureauCount(count: number): string {
  return count >= 10_000 ? `${tenths(Math.round(count / 1_000))}万` : String(count);
}

export function bureauMoney(fen: number): string {
  return fen >= 1_000_000 ? `${tenths(Math.round(fen / 100_000))}万元` : `${Math.round(fen / 100)}元`;
}

/** `2028` tenths → `202.8`; `20` → `2` (a whole number keeps no `.0`). */
function tenths(value: number): string {
  const whole = Math.floor(value / 10);
  const tenth = value % 10;
  return tenth === 0 ? String(whole) : `${whole}.${tenth}`;
}

/** A rate as a percentage with up to one decimal: 0.9855 → `98.6%`. */
export const bureauPercent = (value: number): string => `${tenths(Math.round(value * 1_000))}%`;
