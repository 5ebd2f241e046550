import type { requireActor } from '@hotline/access';
import type { PersonalDataVault } from '@hotline/personal-data';
import type { ReadModelTables } from '@hotline/read-models';
import type { Kysely } from 'kysely';

/** What the read side's routes need: the read models' database, the sign-in check, the clock. */
export interface ReadSideDeps {
  readonly db: Kysely<any>;
  readonly tokens: Parameters<typeof requireActor>[0];
  readonly clock: () => Date;
  /** Finds the complainant a phone number searched for belongs to. */
  readonly personalData: Pick<PersonalDataVault, 'subjectOfPhone'>;
}

export const readModelsOf = (deps: ReadSideDeps) => deps.db as Kysely<ReadModelTables>;
