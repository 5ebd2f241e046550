import { afterAll, beforeAll, describe } from 'vitest';
import type { EventStore } from '../types';
import { appendContract } from './append.contract';
import type { ContractContext, ContractHarness } from './harness';
import { readContract } from './read.contract';
import { reopenContract } from './reopen.contract';
import { subscriptionContract } from './subscription.contract';
import { validationContract } from './validation.contract';

export type { ContractHarness };

/**
 * The definition of the EventStore interface: registers the same vitest tests for any
 * adapter. Call it inside a test file; `harness` runs in `beforeAll`.
 * @example
 * runEventStoreContract('pglite', async () => {
 *   const pglite = await PGlite.create();
 *   return { open: () => createPgliteEventStore({ pglite }), dispose: () => pglite.close() };
 * });
 */
export function runEventStoreContract(name: string, harness: () => Promise<ContractHarness>): void {
  describe(`EventStore contract: ${name}`, () => {
    let opened: ContractHarness | undefined;
    let store: EventStore | undefined;
    const ctx: ContractContext = {
      get store() {
        if (!store) throw new Error('the contract store is not open');
        return store;
      },
      open: () => (opened as ContractHarness).open(),
    };
    beforeAll(async () => {
      opened = await harness();
      store = await opened.open();
    });
    afterAll(async () => {
      await store?.close();
      await opened?.dispose?.();
    });
    describe('append', () => appendContract(ctx));
    describe('read', () => readContract(ctx));
    describe('subscribe', () => subscriptionContract(ctx));
    describe('bad input', () => validationContract(ctx));
    describe('restart', () => reopenContract(ctx));
  });
}
