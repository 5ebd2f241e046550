import { PGlite } from '@electric-sql/pglite';
import { runEventStoreContract } from './contract/index';
import { createPgliteEventStore } from './pglite';

runEventStoreContract('PGlite (in memory)', async () => {
  const pglite = await PGlite.create();
  return {
    open: () => createPgliteEventStore({ pglite, schema: 'contract' }),
    dispose: () => pglite.close(),
  };
});
