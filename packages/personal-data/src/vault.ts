import { createHmac, randomBytes, randomUUID } from 'node:crypto';
import type { Actor, Complainant } from '@hotline/domain';
import type { Kysely } from 'kysely';
import { isSealed, open, seal, type ErasedPersonalData, type SealedPersonalData } from './sealed';
import type { PersonalDataTables } from './tables';

export interface Erasure {
  readonly caseId: string;
  readonly actor: Actor;
  readonly reason: string;
  readonly at: Date;
}

export interface PersonalDataVault {
  /** Seals a complainant under their person's key, creating the key with their first case. */
  seal(complainant: Complainant): Promise<SealedPersonalData>;
  /** A sealed complainant opened: in clear, or erased once the key is gone. Other values pass through unchanged. */
  open<T>(value: T | SealedPersonalData): Promise<T | Complainant | ErasedPersonalData>;
  /** The subject (key id) of the person with this normalised phone number, if they have a key. */
  subjectOfPhone(phone: string): Promise<string | undefined>;
  /**
   * Deletes the subject's key, so every value sealed under it, in every case of that person, is
   * unreadable from now on; the erasure itself is logged. Erasing again changes nothing.
   */
  erase(subject: string, erasure: Erasure): Promise<{ readonly erasedAt: string; readonly already: boolean }>;
}

/**
 * The key table behind crypto-shredding. `indexKey` keys the HMAC that finds a person's key from
 * their phone number: without it the index is a hash of an 11-digit number, which a table of all
 * numbers would reverse in seconds.
 *
 * @example
 * const vault = createPersonalDataVault(db, { indexKey: secrets.personalDataIndexKey });
 * const sealed = await vault.seal({ name: '张伟', phone: '13800138000' });
 * await vault.open(sealed); // { name: '张伟', phone: '13800138000' }
 */
export function createPersonalDataVault(db: Kysely<any>, { indexKey }: { indexKey: string }): PersonalDataVault {
  const keys = db as Kysely<PersonalDataTables>;
  const phoneIndex = (phone: string) => createHmac('sha256', indexKey).update(phone).digest('base64url');

  return {
    async seal(complainant) {
      // One round trip whether the person is new or known: the no-op update makes RETURNING see the row.
      const row = await keys
        .insertInto('personal_data_keys')
        .values({ subject_id: randomUUID(), phone_index: phoneIndex(complainant.phone), key: randomBytes(32) })
        .onConflict((conflict) => conflict.column('phone_index').doUpdateSet((eb) => ({ phone_index: eb.ref('excluded.phone_index') })))
        .returning(['subject_id', 'key'])
        .executeTakeFirstOrThrow();
      return seal(complainant, row.subject_id, row.key);
    },

    async open(value) {
      if (!isSealed(value)) return value;
      const row = await keys.selectFrom('personal_data_keys').select('key').where('subject_id', '=', value.subject).executeTakeFirst();
      return row ? open(value, row.key) : { erased: true };
    },

    async subjectOfPhone(phone) {
      const row = await keys.selectFrom('personal_data_keys').select('subject_id').where('phone_index', '=', phoneIndex(phone)).executeTakeFirst();
      return row?.subject_id;
    },

    erase: (subject, { caseId, actor, reason, at }) =>
      keys.transaction().execute(async (trx) => {
        await trx.deleteFrom('personal_data_keys').where('subject_id', '=', subject).execute();
        const logged = await trx
          .insertInto('personal_data_erasures')
          .values({ subject_id: subject, case_id: caseId, erased_at: at, erased_by: actor.id, erased_by_role: actor.role, reason })
          .onConflict((conflict) => conflict.column('subject_id').doNothing())
          .returning('erased_at')
          .executeTakeFirst();
        if (logged) return { erasedAt: at.toISOString(), already: false };
        const earlier = await trx.selectFrom('personal_data_erasures').select('erased_at').where('subject_id', '=', subject).executeTakeFirstOrThrow();
        return { erasedAt: new Date(earlier.erased_at).toISOString(), already: true };
      }),
  };
}
