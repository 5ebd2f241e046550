import type { requireActor } from '@hotline/access';
import type { ProvisionalDates } from '@hotline/case-file';
import type { CaseDecider } from '@hotline/domain';
import type { EventStore } from '@hotline/event-store';
import type { PersonalDataVault, ReadLog } from '@hotline/personal-data';

/** What casework needs from the process that runs it: passed in, never imported as singletons. */
export interface CaseworkDeps {
  readonly store: EventStore;
  readonly decider: CaseDecider;
  /** The decider's calendar: which deadlines were counted without a holiday notice. */
  readonly calendar: ProvisionalDates;
  readonly tokens: Parameters<typeof requireActor>[0];
  readonly clock: () => Date;
  /** Key of the client-IP hash stored with events. */
  readonly ipHashKey: string;
  /** Seals complainants into the stream and opens them for the people who may read them. */
  readonly personalData: PersonalDataVault;
  /** Where every read of a complainant's personal data is recorded before it is answered. */
  readonly readLog: ReadLog;
}
