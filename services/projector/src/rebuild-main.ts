/**
 * `npm run projections:rebuild [-- name...]`: rebuilds projections (all, or those named) from
 * position zero into fresh tables and swaps them in; the running product keeps serving reads
 * and feeding the live tables meanwhile (on PostgreSQL; the embedded store takes one process, so
 * stop `npm start` first). Storage as for `npm start`.
 */
import { createChinaCalendar } from '@hotline/calendar';
import { productProjections, READ_MODEL_MIGRATIONS, rebuildProjections } from '@hotline/read-models';
import { openStorage, parseConfig } from '@hotline/runtime';

const projections = productProjections(createChinaCalendar({ provisionalYears: 1 }));
const names = process.argv.slice(2);
const unknown = names.filter((name) => !projections.some((projection) => projection.name === name));
if (unknown.length > 0) {
  console.error(`unknown projection: ${unknown.join(', ')} (there are: ${projections.map((p) => p.name).join(', ')})`);
  process.exit(2);
}

const storage = await openStorage(parseConfig(process.env), [{ name: 'read_models', migrations: READ_MODEL_MIGRATIONS }]);
try {
  const started = Date.now();
  let shown = 0;
  const results = await rebuildProjections({
    store: storage.store,
    db: storage.db,
    projections: projections.filter((p) => names.length === 0 || names.includes(p.name)),
    onProgress(read) {
      if (!process.stderr.isTTY || Date.now() - shown < 1000) return;
      shown = Date.now();
      process.stderr.write(`\r${read.toLocaleString('en')} events read`);
    },
  });
  if (process.stderr.isTTY) process.stderr.write('\r\x1b[K');
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  for (const result of results) {
    console.log(`${result.projection}: rebuilt from ${result.events.toLocaleString('en')} events, now generation ${result.generation}`);
  }
  console.log(`done in ${seconds} s`);
} finally {
  await storage.close();
}
