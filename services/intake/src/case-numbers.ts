import { shanghaiDateOf, type Channel } from '@hotline/domain';
import type { Kysely } from 'kysely';
import type { IntakeTables } from './intake-tables';

/**
 * The next human-readable case number, `12315-20260803-000123`: the hotline (12345 for pushed
 * work orders), the day received in Asia/Shanghai, and a per-day sequence. One upsert, so two
 * desks registering at once never get the same number; a failed registration leaves a gap.
 */
export async function nextCaseNo(db: Kysely<IntakeTables>, channel: Channel, receivedAt: string): Promise<string> {
  const hotline = channel === 'transfer_12345' ? '12345' : '12315';
  const series = `${hotline}-${(shanghaiDateOf(receivedAt) ?? '').replaceAll('-', '')}`;
  const { last } = await db
    .insertInto('case_numbers')
    .values({ series, last: 1 })
    .onConflict((oc) => oc.column('series').doUpdateSet((eb) => ({ last: eb('case_numbers.last', '+', 1) })))
    .returning('last')
    .executeTakeFirstOrThrow();
  return `${series}-${String(last).padStart(6, '0')}`;
}
