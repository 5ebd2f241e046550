import { createChinaCalendar } from '@hotline/calendar';
import { caseStreamName, CaseVersionConflict } from '@hotline/case-file';
import { CaseError, createCaseDecider, type CaseDecider } from '@hotline/domain';
import type { EventStore } from '@hotline/event-store';
import { HttpError } from '@hotline/http';
import { createCaseNumbers, type IntakeTables } from '@hotline/intake';
import { createPersonalDataVault } from '@hotline/personal-data';
import { loadSecrets, type Config, type Storage } from '@hotline/runtime';
import { InvalidArgumentError, type Command } from 'commander';
import type { Kysely } from 'kysely';
import { readFile } from 'node:fs/promises';
import { readHeader, rowOf, type Column } from './legacy-import/columns';
import { parseCsv, type CsvRecord } from './legacy-import/csv';
import { decode } from './legacy-import/decode';
import { loadRow, type LoadDeps } from './legacy-import/load-row';
import { planRow, type PlannedCase, type RowIssue } from './legacy-import/plan-row';
import { rehearse } from './legacy-import/rehearse';
import { forEachConcurrently } from './support/concurrently';
import { showProgress } from './support/progress';
import { TABLES, withStorage } from './support/storage';

interface Options {
  readonly dryRun?: boolean;
  readonly encoding: string;
  readonly concurrency: number;
}

interface LineIssue extends RowIssue {
  readonly line: number;
}

type GoodRow = PlannedCase & { readonly line: number };

const wholeNumber = (min: number, max: number) => (value: string) => {
  const number = Number(value);
  if (!Number.isInteger(number) || number < min || number > max) throw new InvalidArgumentError(`a whole number from ${min} to ${max}`);
  return number;
};

/** `import`: a legacy 12315 export onto the real commands, with their historical times. */
export function registerImport(program: Command): void {
  program
    .command('import')
    .description('import the cases of a legacy 12315 export (CSV) through the real commands, at their historical times')
    .argument('<file>', 'the CSV file, with a header row (columns: docs/case-admin.md)')
    .option('--dry-run', 'check every row and count what would be imported, writing nothing')
    .option('--encoding <encoding>', "the file's encoding: utf-8, or gb18030 for a CSV saved by Excel on Chinese Windows", 'utf-8')
    .option('--concurrency <n>', 'cases written at once', wholeNumber(1, 64), 8)
    .addHelpText(
      'after',
      `
A bad row is reported as "line N: <column>: <message>" and skipped; the good rows land (exit 1
when any row was skipped). Each case's id derives from its legacy_no and every command carries
a retry key, so running the same file again imports nothing twice, and a run that was cut off
goes on where it stopped.`,
    )
    .action(async (file: string, options: Options) => {
      const [head, ...rows] = parseCsv(decode(await readFile(file), options.encoding));
      if (!head) throw new Error(`${file} is empty: it needs a header row naming its columns (docs/case-admin.md)`);
      const decider = createCaseDecider({ calendar: createChinaCalendar({ provisionalYears: 1 }) });
      const { good, issues } = checkRows(readHeader(head.fields), rows, decider);
      const outcome = await withStorage([TABLES.intake, TABLES.personalData], async (storage, config) => {
        // Timed from the storage being open: what the rows cost, not starting up and migrating.
        const started = Date.now();
        const counts = options.dryRun ? await countStored(storage.store, good) : await importRows(storage, config, decider, good, options.concurrency, issues);
        return { ...counts, seconds: (Date.now() - started) / 1000 };
      });

      for (const { line, column, message } of issues.sort((a, b) => a.line - b.line)) {
        console.error(`line ${line}: ${column ? `${column}: ` : ''}${message}`);
      }
      const skipped = new Set(issues.map((issue) => issue.line)).size;
      console.log(`${rows.length} rows read from ${file}${options.dryRun ? ' (dry run: nothing written)' : ''}`);
      console.log(`${options.dryRun ? 'would import' : 'imported'}: ${outcome.imported}`);
      console.log(`already present: ${outcome.present}`);
      console.log(`skipped: ${skipped}`);
      const rate = `${outcome.seconds.toFixed(1)} s (${(good.length / outcome.seconds).toFixed(1)} rows/s)`;
      console.log(`${good.length} good rows ${options.dryRun ? 'looked up' : 'written or found stored'} in ${rate}`);
      if (skipped > 0) throw new Error(`${skipped} of ${rows.length} rows were skipped (listed above): fix them and run the import again; rows already imported are not imported twice`);
    });
}

/**
 * Every row checked before anything is written: its fields, then its whole life through the
 * decider. Rows sharing a legacy number would be one case, and which row is right is not for
 * the import to guess: every one of them is skipped.
 */
function checkRows(header: readonly Column[], records: readonly CsvRecord[], decider: CaseDecider) {
  const rows = records.map(({ line, fields }) => ({ line, fields, row: fields.length === header.length ? rowOf(header, fields) : undefined }));
  const linesOf = new Map<string, number[]>();
  for (const { line, row } of rows) if (row?.legacy_no) linesOf.set(row.legacy_no, [...(linesOf.get(row.legacy_no) ?? []), line]);
  const now = new Date();
  const progress = showProgress('checking', rows.length);
  const good: GoodRow[] = [];
  const issues: LineIssue[] = [];
  for (const [i, { line, fields, row }] of rows.entries()) {
    progress.update(i + 1);
    if (!row) {
      issues.push({ line, message: `has ${fields.length} fields where the header has ${header.length}` });
      continue;
    }
    const lines = row.legacy_no === undefined ? [] : linesOf.get(row.legacy_no)!;
    if (lines.length > 1) issues.push({ line, column: 'legacy_no', message: `${row.legacy_no} is on lines ${lines.join(', ')}: one legacy case is one row` });
    const planned = planRow(row);
    const found = planned.ok ? rehearse(planned.plan, decider, now) : planned.issues;
    issues.push(...found.map((issue) => ({ line, ...issue })));
    if (planned.ok && found.length === 0 && lines.length <= 1) good.push({ ...planned.plan, line });
  }
  progress.done();
  return { good, issues };
}

/** The dry run's answer: how many of the good rows have a case stored already. */
async function countStored(store: EventStore, good: readonly GoodRow[]) {
  const revisions = await Promise.all(good.map((plan) => store.streamRevision(caseStreamName(plan.caseId))));
  const present = revisions.filter((revision) => revision !== 'no_stream').length;
  return { imported: good.length - present, present };
}

/** Writes the good rows; one whose case is stored with another life becomes an issue of its line. */
async function importRows(storage: Storage, config: Config, decider: CaseDecider, good: readonly GoodRow[], concurrency: number, issues: LineIssue[]) {
  const { personalDataIndexKey } = await loadSecrets(config);
  const deps: LoadDeps = {
    store: storage.store,
    decider,
    caseNumbers: createCaseNumbers(storage.db as Kysely<IntakeTables>),
    clock: () => new Date(),
    personalData: createPersonalDataVault(storage.db, { indexKey: personalDataIndexKey }),
  };
  const progress = showProgress('importing', good.length);
  let imported = 0;
  let present = 0;
  let done = 0;
  await forEachConcurrently(good, concurrency, async (plan) => {
    try {
      if (await loadRow(deps, plan)) imported += 1;
      else present += 1;
    } catch (error) {
      // The case is there with another life (imported from a different row before, or acted on
      // since), or at another station than the row's, whose actor then may not touch it.
      if (!(error instanceof CaseVersionConflict || error instanceof CaseError || error instanceof HttpError)) throw error;
      issues.push({ line: plan.line, column: 'legacy_no', message: `case ${plan.caseId} is stored already and this row does not fit it: ${error.message}` });
    }
    progress.update(++done);
  });
  progress.done();
  return { imported, present };
}
