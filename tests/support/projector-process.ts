/**
 * A projector process for the crash test: runs every projection against PostgreSQL (the schema
 * in READ_SCHEMA, events in READ_SCHEMA_events), small batches, each held open for 40 ms after it
 * is applied and before it commits, saying `in-batch` on stdout, so a kill -9 lands mid-batch.
 */
import { createChinaCalendar } from '@hotline/calendar';
import { createKysely, createPool } from '@hotline/database';
import { createPostgresEventStore } from '@hotline/event-store';
import { productProjections, runProjection, type Projection } from '@hotline/read-models';

const schema = process.env.READ_SCHEMA!;
const pool = createPool({ connectionString: process.env.DATABASE_URL!, schema });
const db = createKysely({ pool });
const store = await createPostgresEventStore({ pool, schema: `${schema}_events` });

const slowed = (projection: Projection): Projection => ({
  ...projection,
  async apply(trx, events, names) {
    await projection.apply(trx, events, names);
    process.stdout.write('in-batch\n');
    await new Promise((resolve) => setTimeout(resolve, 40));
  },
});

for (const projection of productProjections(createChinaCalendar({ provisionalYears: 1 }))) {
  runProjection({ store, db, projection: slowed(projection), batchSize: 25, lingerMs: 5 });
}
