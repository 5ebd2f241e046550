import type { Subscription } from './types';

/**
 * Hands out `subscription` while keeping it in `open`, so the store can close every live
 * subscription on its own `close()`; one the caller closes first leaves the set.
 */
export function trackedSubscription(open: Set<Subscription>, subscription: Subscription): Subscription {
  open.add(subscription);
  return {
    [Symbol.asyncIterator]: () => subscription[Symbol.asyncIterator](),
    close: async () => {
      open.delete(subscription);
      await subscription.close();
    },
  };
}
