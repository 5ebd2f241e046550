import type { EventStore } from '../types';

/** What an adapter's test file gives the contract suite. */
export interface ContractHarness {
  /** Opens a store on the suite's storage; a second call opens another store on the same storage. */
  open(): Promise<EventStore>;
  /** Runs once after the suite, e.g. to drop the suite's schema. */
  dispose?(): Promise<void>;
}

/** What each contract file sees: the suite's store, and a way to open another on the same storage. */
export interface ContractContext {
  readonly store: EventStore;
  open(): Promise<EventStore>;
}
