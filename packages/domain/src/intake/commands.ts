import type { Command } from '../case/command';
import type { Complainant, Respondent, WorkOrder } from '../case/state';
import type { Fen } from '../money';
import type { CaseKind, Category, Channel, Subject } from '../vocabulary';

export type RegisterCase = Command<
  'RegisterCase',
  {
    caseId: string;
    /** Human-readable unique number given by the intake service, e.g. 12315-20230301-000123. */
    caseNo: string;
    kind: CaseKind;
    channel: Channel;
    district: string;
    stationId?: string;
    /** Required except for anonymous reports (art. 37). */
    complainant?: Complainant;
    /** The business complained of or reported; a consultation may name none. */
    respondent?: Respondent;
    category: Category;
    subject?: Subject;
    summary: string;
    claimedAmountFen?: Fen;
    workOrder?: WorkOrder;
    /** The other half of one submission split into a complaint and a report (art. 9). */
    linkedCaseId?: string;
  }
>;
