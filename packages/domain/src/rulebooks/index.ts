import { ORDER_121 } from './order-121';
import { ORDER_20 } from './order-20';
import type { Rulebook, RulebookId } from './rulebook';

export * from './rulebook';
export { ORDER_20, ORDER_121 };

/** Newest first: the first whose `inForceFrom` is on or before the receipt date applies. */
const RULEBOOKS: readonly Rulebook[] = [ORDER_121, ORDER_20];

/** The rulebook governing a case received on `receivedOn` (YYYY-MM-DD, Asia/Shanghai). */
export function rulebookInForce(receivedOn: string): Rulebook {
  const found = RULEBOOKS.find((book) => book.inForceFrom <= receivedOn);
  // Cases received before Order 20 took effect are governed by it too: it is the oldest rule we keep.
  return found ?? ORDER_20;
}

export function rulebookById(id: RulebookId): Rulebook {
  const found = RULEBOOKS.find((book) => book.id === id);
  if (!found) throw new Error(`unknown rulebook ${id}`);
  return found;
}
