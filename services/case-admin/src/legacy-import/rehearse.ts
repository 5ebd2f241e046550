import { CaseError, type CaseCommand, type CaseDecider } from '@hotline/domain';
import { shanghaiTime } from '../support/shanghai-time';
import { isColumn, type Column } from './columns';
import { REGISTRATION_COLUMNS, type PlannedCase, type RowIssue } from './plan-row';

/**
 * Runs a planned case through the decider in memory, command by command, as the store would
 * take them: the row is good only if the domain takes its whole life. Nothing of a row the
 * domain refuses half-way is written, so a bad row never leaves half a case behind.
 */
export function rehearse(plan: PlannedCase, decider: CaseDecider, now: Date): RowIssue[] {
  const metadata = (actor: PlannedCase['registeredBy'], occurredAt: string) => ({ actor, now: now.toISOString(), occurredAt });
  const commands = [
    {
      columns: REGISTRATION_COLUMNS,
      command: { type: 'RegisterCase', data: { ...plan.registration, caseId: plan.caseId, caseNo: 'rehearsal' }, metadata: metadata(plan.registeredBy, plan.receivedAt) },
    },
    ...plan.steps.map((step) => ({ columns: step.columns, command: { ...step.command, metadata: metadata(step.actor, step.occurredAt) } })),
  ];
  let state = decider.initialState;
  for (const { columns, command } of commands) {
    // Both maps name the column of the command's time.
    const timeColumn = columns.occurredAt!;
    let decided: ReturnType<CaseDecider['decide']>;
    try {
      decided = decider.decide(command as CaseCommand, state);
    } catch (error) {
      // The calendar throws for a year it has no holiday notice for.
      return [{ column: timeColumn, message: error instanceof Error ? error.message : String(error) }];
    }
    if (decided instanceof CaseError) return [refusal(decided, timeColumn, columns)];
    state = decided.reduce(decider.evolve, state);
  }
  return [];
}

/** The decider's refusal at the column to fix: its time's for a time, else its field's. */
function refusal(error: CaseError, timeColumn: Column, columns: Readonly<Record<string, Column>>): RowIssue {
  const field = typeof error.details.field === 'string' ? error.details.field : undefined;
  if (error.code === 'case/invalid-time' || field === 'occurredAt') {
    const previous = typeof error.details.previous === 'string' ? ` (${shanghaiTime(error.details.previous)})` : '';
    return { column: timeColumn, message: `${error.message.replace(/^occurredAt /, '')}${previous}` };
  }
  const column = field === undefined ? undefined : (columns[field] ?? (isColumn(field) ? field : undefined));
  return { column: column ?? 'outcome', message: error.message };
}
