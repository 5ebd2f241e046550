import { caseIdFor } from '@hotline/case-file';
import { ACTION_COMMANDS } from '@hotline/casework';
import { CASE_ACTIONS, oneOf, parseOrIssues, registerCaseBodySchema, text, type CaseAction, type Issue } from '@hotline/contracts';
import { CASE_KINDS, type Actor, type CaseCommand, type CaseKind, type RegisterCase } from '@hotline/domain';
import { fromShanghaiTime } from '../support/shanghai-time';
import type { Column, LegacyRow } from './columns';
import { closes, followUp, IMPORT_ACTOR_ID, legacyNote, OUTCOME_NAMES, OUTCOMES, type ReadRow, type StepSpec, type TimeColumn } from './outcomes';

/** What is wrong with a row: a column and what to fix in it, or the row as a whole. */
export interface RowIssue {
  readonly column?: Column;
  readonly message: string;
}

export type Registration = Omit<RegisterCase['data'], 'caseId' | 'caseNo'>;

/** A command after the registration, ready to be handled at its time by its actor. */
export interface PlannedStep {
  readonly action: CaseAction;
  readonly command: Pick<CaseCommand, 'type' | 'data'>;
  readonly actor: Actor;
  readonly occurredAt: string;
  /** The column each field of its body came from, `occurredAt` included, for the refusals the decider may give. */
  readonly columns: Readonly<Record<string, Column>>;
}

/** A good row as the case it becomes: the registration and the commands of its life, in order. */
export interface PlannedCase {
  readonly legacyNo: string;
  /** Derived from the legacy number, so importing the row again lands on the same case. */
  readonly caseId: string;
  readonly registration: Registration;
  readonly registeredBy: Actor;
  readonly receivedAt: string;
  readonly steps: readonly PlannedStep[];
}

export type RowPlan = { readonly ok: true; readonly plan: PlannedCase } | { readonly ok: false; readonly issues: readonly RowIssue[] };

/** The key the case ids of imported rows derive from (caseIdFor), fixed forever. */
export const LEGACY_ID_KIND = 'legacy-12315';

const TIME_COLUMNS: readonly TimeColumn[] = ['received_at', 'decided_at', 'resolved_at', 'closed_at', 'followed_up_at'];
/** Times an export may leave out because they equal another: mediation usually ends the day the case is closed. */
const TIME_FALLBACK: Partial<Record<TimeColumn, TimeColumn>> = { resolved_at: 'closed_at', followed_up_at: 'closed_at' };
/** Columns only some outcomes read: a value in one the outcome does not read is a mistake in the export. */
const OUTCOME_COLUMNS: readonly Column[] = ['decided_at', 'resolved_at', 'closed_at', 'ground', 'transferred_to', 'result', 'recovered_fen', 'compensation_fen', 'satisfaction', 'followed_up_at'];

/** The registration body's fields as the columns they come from. */
export const REGISTRATION_COLUMNS: Readonly<Record<string, Column>> = {
  kind: 'kind',
  channel: 'channel',
  district: 'district',
  stationId: 'station',
  complainant: 'complainant_name',
  'complainant.name': 'complainant_name',
  'complainant.phone': 'complainant_phone',
  'complainant.address': 'complainant_address',
  'complainant.idNumber': 'complainant_id_number',
  respondent: 'respondent_name',
  'respondent.name': 'respondent_name',
  'respondent.address': 'respondent_address',
  'respondent.creditCode': 'respondent_credit_code',
  category: 'category',
  subject: 'subject',
  summary: 'summary',
  claimedAmountFen: 'claimed_fen',
  occurredAt: 'received_at',
};

const legacyNoSchema = text('legacy_no', { max: 64 });
const outcomeSchema = oneOf('outcome', OUTCOME_NAMES);

/**
 * A row checked field by field with the HTTP contract's schemas (the registration body, each
 * action's body) and turned into the case it describes. Times and amounts are read first, then
 * the bodies built from them, so a row is told about every broken field its stage can see.
 */
export function planRow(row: LegacyRow): RowPlan {
  const issues: RowIssue[] = [];
  const read = readTimesAndAmounts(row, issues);
  const legacyNo = parseOrIssues(legacyNoSchema, row.legacy_no);
  if (!legacyNo.ok) issues.push(...legacyNo.issues.map(issueAt(() => 'legacy_no')));
  if (row.received_at === undefined) issues.push({ column: 'received_at', message: 'is required' });
  if (row.station === undefined) issues.push({ column: 'station', message: 'is required: the import acts as the station that handled the case' });
  const registration = parseOrIssues(registerCaseBodySchema, registrationBody(read));
  if (!registration.ok) issues.push(...registration.issues.map(issueAt((path) => REGISTRATION_COLUMNS[path])));
  const outcome = parseOrIssues(outcomeSchema, row.outcome);
  if (!outcome.ok) issues.push(...outcome.issues.map(issueAt(() => 'outcome')));
  const kind = row.kind;
  if (outcome.ok && isKind(kind) && !kindsOf(outcome.value).includes(kind)) {
    const fitting = OUTCOME_NAMES.filter((name) => kindsOf(name).includes(kind));
    issues.push({ column: 'outcome', message: `${outcome.value} is not an outcome of a ${kind} (one of ${fitting.join(', ')})` });
  }
  if (issues.length > 0 || !legacyNo.ok || !registration.ok || !outcome.ok) return { ok: false, issues };

  const { occurredAt: receivedAt, onBehalfOf: _none, ...fields } = registration.value;
  const district = fields.district;
  const actors = {
    mediator: { id: IMPORT_ACTOR_ID, role: 'mediator', districtId: district, stationId: fields.stationId! },
    manager: { id: IMPORT_ACTOR_ID, role: 'manager', districtId: district },
  } satisfies Record<StepSpec['by'], Actor>;
  const specs = stepsOf(outcome.value, row);
  const steps = specs.flatMap((spec) => plannedStep(spec, read, actors[spec.by], issues));
  const used = new Set(specs.flatMap((spec) => [spec.at, TIME_FALLBACK[spec.at], ...Object.values(spec.columns ?? {})]));
  for (const column of OUTCOME_COLUMNS) {
    if (row[column] !== undefined && !used.has(column)) issues.push({ column, message: `is not read for outcome ${outcome.value}: leave it empty` });
  }
  // Steps sharing a time (the decision, the closure) would each report it missing.
  if (issues.length > 0) return { ok: false, issues: issues.filter((issue, i) => issues.findIndex((other) => other.column === issue.column && other.message === issue.message) === i) };
  return {
    ok: true,
    plan: {
      legacyNo: legacyNo.value,
      caseId: caseIdFor(LEGACY_ID_KIND, legacyNo.value),
      registration: fields,
      registeredBy: actors.mediator,
      receivedAt: receivedAt!,
      steps,
    },
  };
}

function readTimesAndAmounts(row: LegacyRow, issues: RowIssue[]): ReadRow {
  const times: Partial<Record<TimeColumn, string>> = {};
  for (const column of TIME_COLUMNS) {
    const value = row[column];
    if (value === undefined) continue;
    const instant = fromShanghaiTime(value);
    if (instant) times[column] = instant;
    else issues.push({ column, message: `must be a time in Asia/Shanghai as YYYY-MM-DD HH:mm[:ss], e.g. 2023-03-06 09:12, not "${value}"` });
  }
  const fenOf = (column: 'claimed_fen' | 'recovered_fen' | 'compensation_fen') => {
    const value = row[column];
    if (value === undefined || /^\d{1,15}$/.test(value)) return value === undefined ? undefined : Number(value);
    issues.push({ column, message: `must be a whole number of fen (分), e.g. 129900 for 1,299 yuan, not "${value}"` });
    return undefined;
  };
  const fen = { claimed: fenOf('claimed_fen'), recovered: fenOf('recovered_fen'), compensation: fenOf('compensation_fen') };
  if (fen.compensation !== undefined && fen.recovered !== undefined && fen.compensation > fen.recovered) {
    issues.push({ column: 'compensation_fen', message: 'must not exceed recovered_fen, of which it is a part' });
  }
  return { row, times, fen };
}

/** The registration as a client would post it; `undefined` leaves a field out, as an empty cell does. */
function registrationBody({ row, times, fen }: ReadRow): Record<string, unknown> {
  const complainant = defined({ name: row.complainant_name, phone: row.complainant_phone, address: row.complainant_address, idNumber: row.complainant_id_number });
  const respondent = defined({ name: row.respondent_name, address: row.respondent_address, creditCode: row.respondent_credit_code });
  return {
    kind: row.kind,
    channel: row.channel,
    district: row.district,
    stationId: row.station,
    // An anonymous report leaves every complainant cell empty.
    complainant: Object.keys(complainant).length > 0 ? complainant : undefined,
    respondent: Object.keys(respondent).length > 0 ? respondent : undefined,
    category: row.category,
    subject: row.subject,
    summary: row.summary,
    claimedAmountFen: fen.claimed,
    occurredAt: times.received_at,
  };
}

/** The note of the legacy number, the outcome's commands, and the follow-up of a closed case whose satisfaction was recorded. */
function stepsOf(outcome: keyof typeof OUTCOMES, row: LegacyRow): StepSpec[] {
  const followedUp = row.satisfaction !== undefined && closes(OUTCOMES[outcome]);
  return [legacyNote, ...OUTCOMES[outcome].steps, ...(followedUp ? [followUp] : [])];
}

function plannedStep(spec: StepSpec, read: ReadRow, actor: Actor, issues: RowIssue[]): PlannedStep[] {
  const fallback = TIME_FALLBACK[spec.at];
  const occurredAt = read.times[spec.at] ?? (fallback && read.times[fallback]);
  const timeColumn = read.times[spec.at] || !fallback ? spec.at : fallback;
  if (occurredAt === undefined) {
    issues.push({ column: timeColumn, message: `is required for outcome ${read.row.outcome}` });
    return [];
  }
  const columns: Record<string, Column> = { ...spec.columns, occurredAt: timeColumn };
  const body = parseOrIssues(CASE_ACTIONS[spec.action], { ...spec.body(read), occurredAt });
  if (!body.ok) {
    issues.push(...body.issues.map(issueAt((path) => columns[path])));
    return [];
  }
  const { occurredAt: _at, expectedVersion: _version, ...data } = body.value as Record<string, unknown>;
  const command = (ACTION_COMMANDS[spec.action] as (data: unknown) => PlannedStep['command'])(data);
  return [{ action: spec.action, command, actor, occurredAt, columns }];
}

/**
 * A contract issue as a row issue at the column its field came from. The contract's messages
 * open with the API's field name ("phone must be ..."); the column says it better.
 */
const issueAt =
  (columnOf: (path: string) => Column | undefined) =>
  ({ path, message }: Issue): RowIssue => {
    const column = columnOf(path);
    const field = path.split('.').at(-1) ?? '';
    const rest = field !== '' && message.startsWith(`${field} `) ? message.slice(field.length + 1) : message;
    return column ? { column, message: rest } : { message: `${path}: ${message}` };
  };

const isKind = (value: string | undefined): value is CaseKind => (CASE_KINDS as readonly (string | undefined)[]).includes(value);
const kindsOf = (outcome: keyof typeof OUTCOMES): readonly CaseKind[] => OUTCOMES[outcome].kinds;

function defined(fields: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(fields).filter((entry): entry is [string, string] => entry[1] !== undefined));
}
