import { ORDER_121 } from './order-121';
import { ORDER_20 } from './order-20';
import type { Rulebook, RulebookId } from './rulebook';

export * from './rulebook';
export { ORDER_20, ORDER_121 };

/** Newest first: the first whose `inForceFrom` is on or before the receipt date applies. */
const RULEBOOKS: readonly Rulebook[] = [ORDER_121, ORDER_20];

/**
 * The rulebook governing a case received on `receivedOn` (YYYY-MM-DD, Asia/Shanghai), or
 * undefined before the oldest rulebook we keep (Order 20, in force 2020-01-01): guessing
 * another regulation's deadlines would be worse than refusing.
 */
export function rulebookInForce(receivedOn: string): Rulebook | undefined {
  return RULEBOOKS.find((book) => book.inForceFrom <= receivedOn);
}

export function rulebookById(id: RulebookId): Rulebook {
  const found = RULEBOOKS.find((book) => book.id === id);
  if (!found) throw new Error(`unknown rulebook ${id}`);
  return found;
}
