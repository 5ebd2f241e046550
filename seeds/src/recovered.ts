import type { Category } from '@hotline/domain';
import type { Random } from './random';

export interface Amounts {
  readonly refundFen: number;
  readonly compensationFen: number;
  readonly otherFen: number;
}

/**
 * What an agreement recovers, drawn from the claim: an exchange or repair with no money (12%), a
 * full refund (45%), a partial refund sometimes with costs (35%), or the refund plus punitive
 * compensation (8%: ten times the price, at least 1,000 yuan, for unsafe food, Food Safety Law
 * art. 148; three times, at least 500 yuan, for fraud, Consumer Rights Protection Law art. 55).
 */
export function agreementAmounts(random: Random, claimFen: number, category: Category): Amounts {
  const outcome = random.weighted({ exchange: 12, full: 45, partial: 35, punitive: 8 });
  const toYuan = (fen: number) => Math.round(fen / 100) * 100;
  switch (outcome) {
    case 'exchange':
      return { refundFen: 0, compensationFen: 0, otherFen: 0 };
    case 'full':
      return { refundFen: claimFen, compensationFen: 0, otherFen: 0 };
    case 'partial':
      return {
        refundFen: toYuan(claimFen * (0.3 + 0.6 * random.next())),
        compensationFen: random.chance(0.2) ? toYuan(claimFen * 0.1 * random.next()) : 0,
        otherFen: random.chance(0.1) ? random.int(20, 200) * 100 : 0,
      };
    case 'punitive':
      return {
        refundFen: claimFen,
        compensationFen: category === 'food_safety' ? Math.max(10 * claimFen, 100_000) : Math.max(3 * claimFen, 50_000),
        otherFen: 0,
      };
  }
}

export const recoveredOf = (amounts: Amounts): number => amounts.refundFen + amounts.compensationFen + amounts.otherFen;

/**
 * Spreads `total` fen over items in proportion to their weights, exactly and in whole yuan as
 * agreements are written: each gets the floor of its share, the yuan left over go one each to the
 * largest remainders (ties: the earlier item), and a total's odd fen to the heaviest item.
 * BigInt keeps total × weight exact past 2^53.
 */
export function spreadExactly(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, w) => a + BigInt(w), 0n);
  if (sum === 0n) throw new Error(`cannot spread ${total} fen over items that all weigh nothing`);
  const yuan = BigInt(Math.floor(total / 100));
  const shares = weights.map((w) => yuan * BigInt(w));
  const amounts = shares.map((share) => share / sum);
  let left = yuan - amounts.reduce((a, b) => a + b, 0n);
  const byRemainder = shares.map((share, i) => ({ i, remainder: share % sum })).sort((a, b) => (a.remainder === b.remainder ? a.i - b.i : a.remainder > b.remainder ? -1 : 1));
  for (const { i } of byRemainder) {
    if (left === 0n) break;
    amounts[i] = (amounts[i] as bigint) + 1n;
    left -= 1n;
  }
  const fen = amounts.map((a) => Number(a) * 100);
  const heaviest = weights.reduce((best, w, i) => (w > (weights[best] as number) ? i : best), 0);
  fen[heaviest] = (fen[heaviest] as number) + (total % 100);
  return fen;
}

/**
 * The same agreement scaled to `recovered` fen, keeping its proportions: compensation and other
 * amounts in whole yuan, the refund takes the rest.
 */
export function rescale(amounts: Amounts, recovered: number): Amounts {
  const before = BigInt(recoveredOf(amounts));
  if (before === 0n) return amounts;
  const part = (fen: number) => Number((BigInt(recovered) * BigInt(fen)) / before / 100n) * 100;
  const compensationFen = part(amounts.compensationFen);
  const otherFen = part(amounts.otherFen);
  return { refundFen: recovered - compensationFen - otherFen, compensationFen, otherFen };
}
