import { shanghaiDateOf, type Channel } from '@hotline/domain';
import type { Kysely } from 'kysely';
import type { IntakeTables } from './intake-tables';

/** Numbers one process reserves at a time: a fraction of a second of registrations at full load. */
const BLOCK = 50;

export interface CaseNumbers {
  /** The next human-readable case number, e.g. `12315-20260803-000123`. */
  next(channel: Channel, receivedAt: string): Promise<string>;
}

/**
 * Case numbers: the hotline (12345 for pushed work orders), the day received in Asia/Shanghai,
 * and a per-day sequence. A process reserves a block of numbers with one upsert and hands them
 * out from memory (hi/lo): one shared counter row updated per registration would serialise every
 * registration of the day behind its row lock and commit. Numbers stay unique across processes;
 * a restart or a failed registration leaves a gap, and two processes interleave their blocks.
 *
 * @example
 * const numbers = createCaseNumbers(db);
 * await numbers.next('hotline_12315', '2026-08-03T01:00:00Z'); // '12315-20260803-000001'
 */
export function createCaseNumbers(db: Kysely<IntakeTables>, block = BLOCK): CaseNumbers {
  const blocks = new Map<string, Promise<{ next: number; last: number }>>();

  const reserve = async (series: string) => {
    const { last } = await db
      .insertInto('case_numbers')
      .values({ series, last: block })
      .onConflict((oc) => oc.column('series').doUpdateSet((eb) => ({ last: eb('case_numbers.last', '+', block) })))
      .returning('last')
      .executeTakeFirstOrThrow();
    return { next: last - block + 1, last };
  };

  const take = async (series: string): Promise<number> => {
    let current = blocks.get(series);
    if (!current) blocks.set(series, (current = reserve(series)));
    const range = await current.catch((error: unknown) => {
      blocks.delete(series);
      throw error;
    });
    if (range.next <= range.last) return range.next++;
    // Used up: the first caller to notice reserves the next block, the others wait for it.
    if (blocks.get(series) === current) blocks.delete(series);
    return take(series);
  };

  return {
    async next(channel, receivedAt) {
      const hotline = channel === 'transfer_12345' ? '12345' : '12315';
      const series = `${hotline}-${(shanghaiDateOf(receivedAt) ?? '').replaceAll('-', '')}`;
      return `${series}-${String(await take(series)).padStart(6, '0')}`;
    },
  };
}
