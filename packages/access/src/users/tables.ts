import type { Generated } from 'kysely';

export interface UsersTable {
  id: string;
  username: string;
  password_hash: string;
  display_name: string;
  role: string;
  district: string;
  station_id: string | null;
  failed_logins: Generated<number>;
  locked_until: Date | null;
  demo: Generated<boolean>;
  created_at: Generated<Date>;
}

/** The tables of the access package, for `Kysely<AccessTables>`. */
export interface AccessTables {
  users: UsersTable;
}
