import { createChinaCalendar } from '@hotline/calendar';
import { productProjections, rebuildProjections } from '@hotline/read-models';
import type { Command } from 'commander';
import { showProgress } from './support/progress';
import { censusOf } from './support/log-census';
import { TABLES, withStorage } from './support/storage';
import { UsageError } from './support/usage-error';

/** `projections rebuild`: the read models rebuilt from the events, as `npm run projections:rebuild` does. */
export function registerProjectionsRebuild(projectionsCommand: Command): void {
  const projections = productProjections(createChinaCalendar({ provisionalYears: 1 }));
  const names = projections.map((projection) => projection.name);
  projectionsCommand
    .command('rebuild')
    .description('rebuild projections from the first event into fresh tables and swap them in')
    .argument('[names...]', `the projections to rebuild (default: all of ${names.join(', ')})`)
    .addHelpText(
      'after',
      '\nOn PostgreSQL the product keeps serving the live tables meanwhile. The embedded store serves one\nprocess at a time: stop `npm start` first.',
    )
    .action(async (chosen: string[]) => {
      const unknown = chosen.filter((name) => !names.includes(name));
      if (unknown.length > 0) throw new UsageError(`unknown projection: ${unknown.join(', ')} (there are: ${names.join(', ')})`);
      const started = Date.now();
      const results = await withStorage([TABLES.readModels], async ({ store, db }) => {
        const { events } = await censusOf(store);
        const progress = showProgress('rebuilding', events);
        const rebuilt = await rebuildProjections({
          store,
          db,
          projections: projections.filter((projection) => chosen.length === 0 || chosen.includes(projection.name)),
          onProgress: (read) => progress.update(read),
        });
        progress.done();
        return rebuilt;
      });
      for (const result of results) {
        console.log(`${result.projection}: rebuilt from ${result.events.toLocaleString('en')} events, now generation ${result.generation}`);
      }
      console.log(`done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    });
}
