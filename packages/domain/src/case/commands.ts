import type { AcceptanceCommand } from '../acceptance/commands';
import type { ClosureCommand } from '../closure/commands';
import type { AnswerConsultation } from '../consultation/commands';
import type { RegisterCase } from '../intake/commands';
import type { MediationCommand } from '../mediation/commands';
import type { AddNote } from '../notes/commands';
import type { ReportHandlingCommand } from '../report-handling/commands';

export type CaseCommand =
  | RegisterCase
  | AcceptanceCommand
  | MediationCommand
  | ReportHandlingCommand
  | AnswerConsultation
  | ClosureCommand
  | AddNote;

export type CaseCommandType = CaseCommand['type'];
