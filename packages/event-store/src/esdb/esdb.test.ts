import { describe } from 'vitest';
import { runEventStoreContract } from '../contract/index';
import { createEsdbEventStore } from './esdb-event-store';

const EVENTSTORE_URL = process.env.EVENTSTORE_URL;
if (!EVENTSTORE_URL) console.log('skipped: no EVENTSTORE_URL');

// Against a real server only: a mock would test the mock, not the mapping.
describe.skipIf(!EVENTSTORE_URL)('EventStoreDB (EVENTSTORE_URL)', () => {
  runEventStoreContract('EventStoreDB', async () => ({
    open: () => createEsdbEventStore({ connectionString: EVENTSTORE_URL as string }),
  }));
});
