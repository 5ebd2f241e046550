import type { Generated } from 'kysely';

export interface PersonalDataKeysTable {
  /** Random; the only link from a sealed value to its key. */
  subject_id: string;
  /** HMAC of the normalised phone number: one key per person, found again for their next case. */
  phone_index: string;
  key: Uint8Array;
  created_at: Generated<Date>;
}

export interface PersonalDataErasuresTable {
  subject_id: string;
  case_id: string;
  erased_at: Date;
  erased_by: string;
  erased_by_role: string;
  reason: string;
}

export interface PersonalDataReadsTable {
  id: Generated<string>;
  read_at: Date;
  reader_id: string;
  reader_role: string;
  case_id: string;
  /** Which API: the case now, its history, its past state, or an explicit reveal. */
  purpose: string;
  /** What the reader was shown: clear, masked, or clear by reveal. */
  view: string;
  reason: string | null;
}

export interface PersonalDataTables {
  personal_data_keys: PersonalDataKeysTable;
  personal_data_erasures: PersonalDataErasuresTable;
  personal_data_reads: PersonalDataReadsTable;
}
