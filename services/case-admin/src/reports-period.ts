import { createChinaCalendar } from '@hotline/calendar';
import { periodReportQuerySchema, parseOrIssues, REPORT_FORMATS, STATS_GROUPINGS } from '@hotline/contracts';
import type { EventStore } from '@hotline/event-store';
import { startProjector } from '@hotline/projector';
import { figuresCsv, figuresFor, periodSentence, type ReadModelTables } from '@hotline/read-models';
import { Option, type Command } from 'commander';
import type { Kysely } from 'kysely';
import { TABLES, withStorage } from './support/storage';
import { UsageError } from './support/usage-error';

/** However far behind the read models are (a large import since the last start), they catch up within this. */
const CATCH_UP_MS = 30 * 60_000;

interface Options {
  readonly from: string;
  readonly to: string;
  readonly district?: string;
  readonly format: string;
  readonly groupBy?: string;
}

/** `reports period`: the bureau's period report, as `GET /api/v1/reports/period` gives it. */
export function registerReportsPeriod(reports: Command): void {
  reports
    .command('period')
    .description("the bureau's report of a period: its sentence (text), its figures (json) or one row per group (csv)")
    .requiredOption('--from <date>', 'the first day, YYYY-MM-DD (Asia/Shanghai)')
    .requiredOption('--to <date>', 'the day after the last: the period is [from, to)')
    .option('--district <district>', 'one district (default: every district)')
    .addOption(new Option('--format <format>', 'what to print').choices(REPORT_FORMATS).default('text'))
    .addOption(new Option('--group-by <grouping>', 'the groups of the json, the rows of the csv (default for csv: month)').choices(STATS_GROUPINGS))
    .addHelpText('after', '\nExample:\n  npm run -s admin -- reports period --from 2023-01-01 --to 2023-07-01 --format csv > 2023h1.csv\n\nThe read models are brought up to date with the events first.')
    .action(async (options: Options) => {
      const query = parseOrIssues(periodReportQuerySchema, {
        from: options.from,
        to: options.to,
        format: options.format,
        ...(options.district !== undefined && { district: options.district }),
        ...(options.groupBy !== undefined && { groupBy: options.groupBy }),
      });
      if (!query.ok) throw new UsageError(query.issues.map((issue) => `--${issue.path.replace('groupBy', 'group-by')}: ${issue.message}`).join('\n'));
      const { from, to, district, format, groupBy } = query.value;
      const rows = format === 'csv' ? (groupBy ?? 'month') : groupBy;
      const report = await withStorage([TABLES.readModels], async ({ store, db }) => {
        await catchUp(store, db);
        return figuresFor(db as Kysely<ReadModelTables>, { from, to, ...(district !== undefined && { district }), ...(rows && { groupBy: rows }) }, new Date());
      });
      const sentence = periodSentence(from, to, report.figures);
      if (format === 'text') process.stdout.write(`${sentence}\n`);
      else if (format === 'csv') process.stdout.write(figuresCsv(report.groups ?? [], report.figures));
      else console.log(JSON.stringify({ ...report, ...(district !== undefined && { district }), sentence }, null, 2));
    });
}

/**
 * Applies every event stored so far to the read models, then stops. On the embedded store nothing
 * else can (npm start is not running while this holds the directory); on PostgreSQL a running
 * projector may be behind. Two runners on one projection are safe: each batch re-reads the
 * checkpoint under its lock and skips what the other applied. A batch that fails stops the
 * report at once: the runner alone would retry it, silently, until the timeout.
 */
async function catchUp(store: EventStore, db: Kysely<unknown>): Promise<void> {
  let fail: (error: Error) => void = () => undefined;
  const failed = new Promise<never>((_, reject) => (fail = reject));
  const projector = startProjector({
    store,
    db: db as Kysely<any>,
    calendar: createChinaCalendar({ provisionalYears: 1 }),
    logger: {
      // The runners' progress notes are the product's logs, not this report's.
      info: () => undefined,
      error: (details) => fail(new Error(`the read models could not be brought up to date: ${(details as { err?: Error }).err?.message ?? 'unknown error'}`)),
    },
  });
  try {
    await Promise.race([projector.ready.then(() => projector.caughtUp(CATCH_UP_MS)), failed]);
  } finally {
    await projector.stop();
  }
}
