import { migrateToLatest, openTestDatabases, type OpenedTestDatabase } from '@hotline/database';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCaseNumbers } from './case-numbers';
import { INTAKE_MIGRATIONS } from './intake-tables';

describe.each(openTestDatabases())('case numbers on $name', ({ open }) => {
  let database: OpenedTestDatabase;
  beforeAll(async () => {
    database = await open();
    await migrateToLatest(database.db, { name: 'intake', migrations: INTAKE_MIGRATIONS });
  });
  afterAll(() => database.close());

  it('numbers a day from 000001, per hotline, by the day received in Asia/Shanghai', async () => {
    const numbers = createCaseNumbers(database.db, 5);
    expect(await numbers.next('hotline_12315', '2026-08-03T01:00:00Z')).toBe('12315-20260803-000001');
    expect(await numbers.next('walk_in', '2026-08-03T02:00:00Z')).toBe('12315-20260803-000002');
    expect(await numbers.next('transfer_12345', '2026-08-03T02:00:00Z')).toBe('12345-20260803-000001');
    // 16:30 UTC on 3 Aug is 00:30 on 4 Aug in Beijing.
    expect(await numbers.next('hotline_12315', '2026-08-03T16:30:00Z')).toBe('12315-20260804-000001');
  });

  it('never gives one number twice, however many processes draw at once', async () => {
    const processes = [createCaseNumbers(database.db, 7), createCaseNumbers(database.db, 7), createCaseNumbers(database.db, 7)];
    const drawn = await Promise.all(
      Array.from({ length: 300 }, (_, i) => (processes[i % 3] as (typeof processes)[number]).next('wechat', '2026-09-01T01:00:00Z')),
    );
    expect(new Set(drawn).size).toBe(300);
    expect(drawn.every((n) => /^12315-20260901-\d{6}$/.test(n))).toBe(true);
    // Three processes reserve whole blocks: at most one partly used block each is left over.
    const highest = Math.max(...drawn.map((n) => Number(n.slice(-6))));
    expect(highest).toBeLessThanOrEqual(300 + 3 * 7);
  });
});
