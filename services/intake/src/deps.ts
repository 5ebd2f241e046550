import type { requireActor } from '@hotline/access';
import type { PersonalDataSealer, ProvisionalDates } from '@hotline/case-file';
import type { CaseDecider } from '@hotline/domain';
import type { EventStore } from '@hotline/event-store';
import type { Kysely } from 'kysely';
import type { CaseNumbers } from './case-numbers';
import type { IntakeTables } from './intake-tables';

/** What intake needs from the process that runs it. */
export interface IntakeDeps {
  readonly store: EventStore;
  readonly decider: CaseDecider;
  /** The decider's calendar: which deadlines were counted without a holiday notice. */
  readonly calendar: ProvisionalDates;
  readonly db: Kysely<IntakeTables>;
  readonly caseNumbers: CaseNumbers;
  readonly tokens: Parameters<typeof requireActor>[0];
  readonly clock: () => Date;
  readonly ipHashKey: string;
  /** Shared secret of the 12345 platform's signed pushes. */
  readonly workOrderSecret: string;
  /** Seals the complainant before the registration is stored (crypto-shredding). */
  readonly personalData: PersonalDataSealer;
}
