import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runProjection } from '../runner/run-projection';
import { fileCase, juneCases } from '../testing/june-cases';
import { openReadSide, readSideDatabases, type ReadSide } from '../testing/read-side';
import { caseListProjection } from './case-list-projection';
import { InvalidCursor } from './cursor';
import { listCases, type CaseListFilters } from './list-cases';

const TODAY = '2026-08-01';

describe.each(readSideDatabases())('case list on $name', (database) => {
  let side: ReadSide;
  const numbers = (page: { cases: { caseNo: string }[] }) => page.cases.map((item) => item.caseNo.slice(6, 14));
  const list = (filters: Partial<CaseListFilters>, scope = {}) => listCases(side.db, { limit: 50, ...filters }, scope, TODAY);

  beforeAll(async () => {
    side = await openReadSide(database);
    let last = 0n;
    for (const story of juneCases()) last = await fileCase(side.store, story);
    const runner = runProjection({ store: side.store, db: side.db, projection: caseListProjection });
    await runner.waitFor(last);
    await runner.stop();
  });
  afterAll(() => side.close());

  it('lists newest first with status, deadlines and the overdue flag', async () => {
    const page = await list({});
    expect(numbers(page)).toEqual(['20260630', '20260629', '20260620', '20260615', '20260610', '20260609', '20260605', '20260602', '20260528']);
    const waiting = page.cases.find((item) => item.caseNo.endsWith('20260629-000001'))!;
    expect(waiting).toMatchObject({ status: 'registered', overdue: true, nextDueOn: waiting.deadlines.acceptBy });
    expect(waiting).not.toHaveProperty('complainantName');
    const agreed = page.cases.find((item) => item.caseNo.endsWith('20260602-000001'))!;
    expect(agreed).toMatchObject({ status: 'closed', recoveredFen: 179_900, overdue: false, nextDueOn: null, stationId: 'zhongnan', assigneeId: 'med-1' });
    expect(page.nextCursor).toBeNull();
  });

  it.each([
    [{ status: 'mediating' }, ['20260630']],
    [{ kind: 'report' }, ['20260610']],
    [{ channel: 'transfer_12345' }, ['20260609']],
    [{ station: 'shouyi' }, ['20260620']],
    [{ assignee: 'med-1' }, ['20260630', '20260602']],
    // H waits past its accept-by date; G, accepted 1 June, was not mediated within its 60 days.
    [{ overdue: true }, ['20260629', '20260528']],
    [{ receivedFrom: '2026-06-10', receivedTo: '2026-06-20' }, ['20260615', '20260610']],
    [{ q: '健身' }, ['20260620']],
    // The complainant is personal data the list does not keep: a name is not text it can search.
    [{ q: '李娜' }, []],
    [{ q: '20260605' }, ['20260605']],
    [{ q: '100%_' }, ['20260602']],
    // A wildcard is a character like any other: only A's summary holds a literal %.
    [{ q: '%' }, ['20260602']],
    [{ q: "' or 1=1 --" }, []],
  ] as const)('filters %j', async (filters, expected) => {
    expect(numbers(await list(filters))).toEqual(expected);
  });

  it('pages with a cursor through every case exactly once', async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await list({ limit: 2, ...(cursor && { cursor }) });
      seen.push(...numbers(page));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toEqual(numbers(await list({})));
  });

  it('keeps a station desk to its station and the cases not yet given to one', async () => {
    const page = await list({}, { district: 'wuchang', station: 'shouyi' });
    expect(page.cases.every((item) => item.stationId === null || item.stationId === 'shouyi')).toBe(true);
    expect(numbers(page)).toContain('20260620');
    expect(numbers(page)).not.toContain('20260602');
    expect(numbers(await list({}, { district: 'hongshan' }))).toEqual([]);
  });

  it('refuses a cursor it did not make', async () => {
    await expect(list({ cursor: 'bm90LWEtY3Vyc29y' })).rejects.toBeInstanceOf(InvalidCursor);
  });
});
