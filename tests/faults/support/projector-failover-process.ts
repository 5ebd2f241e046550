/**
 * A projector process for the failover test: the product's `startProjector` on PostgreSQL
 * (tables in READ_SCHEMA, events in READ_SCHEMA_events) with a lease per projection, as
 * `npm start -w @hotline/projector` runs it. It says on stdout, one JSON line each, what the
 * test watches: the runners' own log lines (lease changes, where they resume), `inBatch` when a
 * batch has written its rows and checkpoint but not committed, `applied` once it committed.
 * With HOLD_BATCHES set, each batch stays open there until the test writes the projection's
 * name on stdin, so the test kills it mid-batch at a moment of its choosing.
 */
import { createChinaCalendar } from '@hotline/calendar';
import { createKysely, createPool } from '@hotline/database';
import { createPostgresEventStore } from '@hotline/event-store';
import { startProjector } from '@hotline/projector';
import { ValueNode, type KyselyPlugin, type QueryId } from 'kysely';
import { createInterface } from 'node:readline';

const connectionString = process.env.DATABASE_URL!;
const schema = process.env.READ_SCHEMA!;
const say = (line: object) => process.stdout.write(`${JSON.stringify(line)}\n`);

/** Batches held open, by projection, until the test lets them commit. */
const held = new Map<string, () => void>();
if (process.env.HOLD_BATCHES) createInterface({ input: process.stdin }).on('line', (projection) => held.get(projection)?.());

/**
 * Sees each batch's checkpoint write, the last statement before its commit (see `applyBatch`);
 * not the first one of a projection's set-up, whose position is null.
 */
const watchBatches: KyselyPlugin = (() => {
  const writes = new WeakMap<QueryId, { projection: string; through: string }>();
  return {
    transformQuery({ node, queryId }) {
      if (node.kind === 'RawNode' && node.sqlFragments.join('').includes('insert into projection_checkpoints')) {
        const [projection, through] = node.parameters.map((parameter) => (ValueNode.is(parameter) ? parameter.value : undefined));
        if (typeof projection === 'string' && typeof through === 'string') writes.set(queryId, { projection, through });
      }
      return node;
    },
    async transformResult({ queryId, result }) {
      const write = writes.get(queryId);
      if (write) {
        say({ inBatch: write.projection, through: write.through });
        if (process.env.HOLD_BATCHES) await new Promise<void>((resolve) => held.set(write.projection, resolve));
      }
      return result;
    },
  };
})();

const pool = createPool({ connectionString, schema });
const store = await createPostgresEventStore({ pool, schema: `${schema}_events` });
const log = (level: string) => (details: object, msg: string) =>
  say({ level, msg, ...details, ...('err' in details && { err: String(details.err) }) });
const projector = startProjector({
  store,
  db: createKysely({ pool }).withPlugin(watchBatches),
  calendar: createChinaCalendar({ provisionalYears: 1 }),
  logger: { info: log('info'), error: log('error') },
  lease: { connectionString, schema },
});
projector.onApplied((projection, position) => say({ applied: projection, position: position.toString() }));
