import { createChinaCalendar } from '@hotline/calendar';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { caseListProjection } from '../case-list/case-list-projection';
import { createFiguresProjection } from '../figures/figures-projection';
import { fileCase, juneCases } from '../testing/june-cases';
import { openReadSide, readSideDatabases, type ReadSide } from '../testing/read-side';
import { readCheckpoint } from './checkpoints';
import { rebuildProjection } from './rebuild-projection';
import { runProjection } from './run-projection';

const figures = createFiguresProjection(createChinaCalendar({ provisionalYears: 1 }));

/** Every row of a read model, in a stable order, as JSON-comparable values. */
async function rowsOf(side: ReadSide, view: string, order: string) {
  const { rows } = await sql<Record<string, unknown>>`select * from ${sql.table(view)} order by ${sql.raw(order)}`.execute(side.db);
  return JSON.parse(JSON.stringify(rows));
}

describe.each(readSideDatabases())('projection runner on $name', (database) => {
  let side: ReadSide;
  beforeEach(async () => void (side = await openReadSide(database)));
  afterEach(() => side.close());

  async function fileAll(stories = juneCases()): Promise<bigint> {
    let last = 0n;
    for (const story of stories) last = await fileCase(side.store, story);
    return last;
  }

  it('resumes from its checkpoint after a stop, counting nothing twice', async () => {
    const stories = juneCases();
    const first = await fileAll(stories.slice(0, 4));
    const runner = runProjection({ store: side.store, db: side.db, projection: figures, batchSize: 3 });
    await runner.waitFor(first);
    await runner.stop();
    expect((await readCheckpoint(side.db, 'figures'))?.position).toBe(first);

    const last = await fileAll(stories.slice(4));
    const again = runProjection({ store: side.store, db: side.db, projection: figures, batchSize: 3 });
    await again.waitFor(last);
    await again.stop();
    const flows = await rowsOf(side, 'figure_flows', 'position, fact');
    expect(flows.length).toBe(new Set(flows.map((row: { position: string; fact: string }) => `${row.position}/${row.fact}`)).size);
    expect(flows.filter((row: { fact: string }) => row.fact === 'recovered')).toHaveLength(1);
    expect(await rowsOf(side, 'case_figures', 'case_id')).toHaveLength(9);
  });

  it('lets two runners of one projection race without counting an event twice', async () => {
    const last = await fileAll();
    const runners = [1, 2].map(() => runProjection({ store: side.store, db: side.db, projection: figures, batchSize: 2, lingerMs: 1 }));
    await Promise.all(runners.map((runner) => runner.waitFor(last)));
    await Promise.all(runners.map((runner) => runner.stop()));
    const { rows } = await sql<{ facts: number; distinct_facts: number }>`
      select count(*)::int as facts, count(distinct (position, fact))::int as distinct_facts from figure_flows`.execute(side.db);
    // Accepted 4, not accepted 1, transferred 1, closed 4, recovered 1.
    expect(rows[0]).toEqual({ facts: 11, distinct_facts: 11 });
  });

  it('rebuilds tables built by another version of the projection before going on', async () => {
    const last = await fileAll();
    const first = runProjection({ store: side.store, db: side.db, projection: caseListProjection });
    await first.waitFor(last);
    await first.stop();
    const before = await rowsOf(side, 'case_list', 'case_id');
    const changed = { ...caseListProjection, version: caseListProjection.version + 1 };
    const second = runProjection({ store: side.store, db: side.db, projection: changed });
    await second.waitFor(last);
    await second.stop();
    expect(await readCheckpoint(side.db, 'case-list')).toMatchObject({ generation: 2, version: changed.version, position: last });
    expect(await rowsOf(side, 'case_list', 'case_id')).toEqual(before);
  });

  it('follows new events live after catching up, leading from the start without a lease', async () => {
    const runner = runProjection({ store: side.store, db: side.db, projection: caseListProjection });
    const [first, ...rest] = juneCases();
    await runner.waitFor(await fileCase(side.store, first!));
    expect(runner.leading).toBe(true);
    expect(await rowsOf(side, 'case_list', 'case_id')).toHaveLength(1);
    await runner.waitFor(await fileAll(rest));
    await runner.stop();
    expect(await rowsOf(side, 'case_list', 'case_id')).toHaveLength(9);
  });

  it('rebuilds into fresh tables while the live runner goes on, and the rebuilt model equals the live one row for row', async () => {
    const stories = juneCases();
    await fileAll(stories.slice(0, 5));
    const runners = [caseListProjection, figures].map((projection) => runProjection({ store: side.store, db: side.db, projection, batchSize: 4 }));
    // Writes keep coming while the rebuild runs.
    const writing = fileAll(stories.slice(5));
    const rebuilt = await Promise.all([rebuildProjection({ store: side.store, db: side.db, projection: figures, pageSize: 3 }), writing]);
    const last = rebuilt[1];
    await Promise.all(runners.map((runner) => runner.waitFor(last)));
    expect(rebuilt[0].generation).toBe(2);
    expect((await readCheckpoint(side.db, 'figures'))?.generation).toBe(2);

    // A second projection's tables, fed only by the live runner, are the reference.
    const live = await rowsOf(side, 'case_figures', 'case_id');
    await rebuildProjection({ store: side.store, db: side.db, projection: figures });
    expect(await rowsOf(side, 'case_figures', 'case_id')).toEqual(live);
    const liveList = await rowsOf(side, 'case_list', 'case_id');
    await rebuildProjection({ store: side.store, db: side.db, projection: caseListProjection });
    expect(await rowsOf(side, 'case_list', 'case_id')).toEqual(liveList);
    await Promise.all(runners.map((runner) => runner.stop()));

    const { rows } = await sql<{ name: string }>`
      select table_name as name from information_schema.tables
      where table_schema = current_schema() and table_name like 'case_figures_g%' order by 1`.execute(side.db);
    expect(rows.map((row) => row.name)).toEqual(['case_figures_g3']);
  });
});
