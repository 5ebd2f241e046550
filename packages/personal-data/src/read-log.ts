import type { Actor } from '@hotline/domain';
import type { Kysely } from 'kysely';
import type { PersonalDataTables } from './tables';

export const READ_PURPOSES = ['case', 'history', 'state', 'reveal'] as const;
export type ReadPurpose = (typeof READ_PURPOSES)[number];
/** What the reader was shown of the personal data. */
export type ReadView = 'clear' | 'masked' | 'revealed';

export interface PersonalDataRead {
  readonly id: string;
  readonly readAt: string;
  readonly readerId: string;
  readonly readerRole: string;
  readonly caseId: string;
  readonly purpose: ReadPurpose;
  readonly view: ReadView;
  readonly reason: string | null;
}

export interface ReadsFilter {
  readonly caseId?: string;
  readonly readerId?: string;
  /** Instants; `to` excluded. */
  readonly from?: Date;
  readonly to?: Date;
  /** The `id` of the last read of the previous page. */
  readonly before?: string;
  readonly limit: number;
}

export interface ReadLog {
  /** Records one read; the caller answers only once it is stored. */
  record(read: { reader: Actor; caseId: string; purpose: ReadPurpose; view: ReadView; reason?: string; at: Date }): Promise<void>;
  /** Reads newest first, one page and the `before` of the next (null on the last). */
  list(filter: ReadsFilter): Promise<{ reads: PersonalDataRead[]; nextBefore: string | null }>;
}

/**
 * Who read which case's personal data, when, and what they were shown: the answer to a
 * citizen's "who has looked at my file", kept in its own table beside the key table.
 */
export function createReadLog(db: Kysely<any>): ReadLog {
  const log = db as Kysely<PersonalDataTables>;
  return {
    async record({ reader, caseId, purpose, view, reason, at }) {
      await log
        .insertInto('personal_data_reads')
        .values({ read_at: at, reader_id: reader.id, reader_role: reader.role, case_id: caseId, purpose, view, reason: reason ?? null })
        .execute();
    },

    async list({ caseId, readerId, from, to, before, limit }) {
      let query = log.selectFrom('personal_data_reads').selectAll().orderBy('id', 'desc').limit(limit + 1);
      if (caseId !== undefined) query = query.where('case_id', '=', caseId);
      if (readerId !== undefined) query = query.where('reader_id', '=', readerId);
      if (from !== undefined) query = query.where('read_at', '>=', from);
      if (to !== undefined) query = query.where('read_at', '<', to);
      if (before !== undefined) query = query.where('id', '<', before);
      const rows = await query.execute();
      const reads = rows.slice(0, limit).map(
        (row): PersonalDataRead => ({
          id: String(row.id),
          readAt: new Date(row.read_at).toISOString(),
          readerId: row.reader_id,
          readerRole: row.reader_role,
          caseId: row.case_id,
          purpose: row.purpose as ReadPurpose,
          view: row.view as ReadView,
          reason: row.reason,
        }),
      );
      return { reads, nextBefore: rows.length > limit ? (reads.at(-1)?.id ?? null) : null };
    },
  };
}
