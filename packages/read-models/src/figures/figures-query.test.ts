import { createChinaCalendar } from '@hotline/calendar';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runProjection } from '../runner/run-projection';
import { fileCase, JUNE_FIGURES, juneCases, NOW } from '../testing/june-cases';
import { openReadSide, readSideDatabases, type ReadSide } from '../testing/read-side';
import { createFiguresProjection } from './figures-projection';
import { figuresFor } from './figures-query';

const JUNE = { from: '2026-06-01', to: '2026-07-01' };

describe.each(readSideDatabases())('figures on $name', (database) => {
  let side: ReadSide;
  beforeAll(async () => {
    side = await openReadSide(database);
    let last = 0n;
    for (const story of juneCases()) last = await fileCase(side.store, story);
    const runner = runProjection({ store: side.store, db: side.db, projection: createFiguresProjection(createChinaCalendar({ provisionalYears: 1 })) });
    await runner.waitFor(last);
    await runner.stop();
  });
  afterAll(() => side.close());

  it('reproduces the hand-counted figures of June', async () => {
    const report = await figuresFor(side.db, JUNE, new Date(NOW));
    expect(report.figures).toEqual(JUNE_FIGURES);
  });

  it('gives a rate over no cases as null, with its zero parts', async () => {
    const { figures } = await figuresFor(side.db, { from: '2026-01-01', to: '2026-02-01' }, new Date(NOW));
    expect(figures.received).toBe(0);
    expect(figures.acceptanceRate).toEqual({ value: null, numerator: 0, denominator: 0 });
    expect(figures.medianHandlingWorkingDays).toBeNull();
  });

  it('narrows by station and kind', async () => {
    const shouyi = await figuresFor(side.db, { ...JUNE, station: 'shouyi' }, new Date(NOW));
    expect(shouyi.figures).toMatchObject({ received: 1, accepted: 1, closed: 1, mediationSuccessRate: { numerator: 0, denominator: 1 } });
    const reports = await figuresFor(side.db, { ...JUNE, kind: 'report' }, new Date(NOW));
    expect(reports.figures).toMatchObject({ received: 1, complaintsAndReports: 1, closed: 0, closureRate: { value: 1, numerator: 1, denominator: 1 } });
  });

  it('groups by month with totals beside the groups', async () => {
    const report = await figuresFor(side.db, { from: '2026-05-01', to: '2026-07-01', groupBy: 'month' }, new Date(NOW));
    expect(report.groups?.map((group) => [group.group, group.received, group.accepted])).toEqual([
      ['2026-05', 1, 0],
      ['2026-06', 8, 3],
    ]);
    expect(report.figures.received).toBe(9);
  });

  it('groups by channel and by week', async () => {
    const byChannel = await figuresFor(side.db, { ...JUNE, groupBy: 'channel' }, new Date(NOW));
    expect(Object.fromEntries(byChannel.groups!.map((group) => [group.group, group.received]))).toEqual({
      hotline_12315: 5,
      transfer_12345: 1,
      web_12315: 1,
      wechat: 1,
    });
    const byWeek = await figuresFor(side.db, { ...JUNE, groupBy: 'week' }, new Date(NOW));
    expect(byWeek.groups!.map((group) => group.group)).toEqual(['2026-W23', '2026-W24', '2026-W25', '2026-W26', '2026-W27']);
  });

  it('takes the rates as of an earlier moment', async () => {
    // On 12 June: A agreed, closed and followed up; B, F and I not decided yet.
    const { figures } = await figuresFor(side.db, JUNE, new Date('2026-06-12T12:00:00+08:00'));
    expect(figures.mediationSuccessRate).toEqual({ value: 1, numerator: 1, denominator: 1 });
    expect(figures.satisfactionRate).toEqual({ value: 1, numerator: 1, denominator: 1 });
    expect(figures.acceptanceRate).toEqual({ value: 1, numerator: 1, denominator: 1 });
  });
});
