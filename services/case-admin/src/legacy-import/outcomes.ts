import type { CaseAction } from '@hotline/contracts';
import type { CaseKind } from '@hotline/domain';
import type { Column, LegacyRow } from './columns';

/** The id every imported command is recorded under: no person did them in this system. */
export const IMPORT_ACTOR_ID = 'legacy-import';

/** What the import writes where the product requires a text that a legacy export may not have. */
export const UNRECORDED = '原系统未记录（历史数据导入）';

/** The columns holding business times, read as Asia/Shanghai wall-clock times. */
export type TimeColumn = 'received_at' | 'decided_at' | 'resolved_at' | 'closed_at' | 'followed_up_at';

/** A row with its times and amounts read: what the steps' bodies are made from. */
export interface ReadRow {
  readonly row: LegacyRow;
  readonly times: Partial<Record<TimeColumn, string>>;
  readonly fen: { readonly claimed?: number; readonly recovered?: number; readonly compensation?: number };
}

/** One command after the registration, as the HTTP action a client would send for it. */
export interface StepSpec {
  readonly action: CaseAction;
  /**
   * Who does it: the station's mediator (the role table lets them take a case from acceptance to
   * follow-up), or the district's manager for what only a head of office decides (立案).
   */
  readonly by: 'mediator' | 'manager';
  /** The column its business time comes from. */
  readonly at: TimeColumn;
  /** The action's body, without `occurredAt`. */
  readonly body: (read: ReadRow) => Record<string, unknown>;
  /** The column each body field comes from, so a refusal names the column to fix. */
  readonly columns?: Readonly<Record<string, Column>>;
}

export interface Outcome {
  readonly kinds: readonly CaseKind[];
  readonly steps: readonly StepSpec[];
}

const step = (action: CaseAction, at: TimeColumn, body: StepSpec['body'] = () => ({}), columns?: StepSpec['columns']): StepSpec => ({
  action,
  by: 'mediator',
  at,
  body,
  ...(columns && { columns }),
});

// Acceptance, assignment and the start of mediation happen at the decision: the export has no other times for them.
const accept = step('accept', 'decided_at');
const assign = step('assign', 'decided_at', () => ({ assigneeId: IMPORT_ACTOR_ID }));
const startMediation = step('start-mediation', 'decided_at');
const close = step('close', 'closed_at');
const result = (read: ReadRow) => read.row.result ?? UNRECORDED;

/**
 * Each outcome of the export as the commands it implies after the registration; `resolved_at`
 * (the end of mediation, the 立案 decision) falls back to `closed_at`. A follow-up is added when
 * the row has a satisfaction, for the outcomes that close the case.
 */
export const OUTCOMES = {
  registered: { kinds: ['consultation', 'complaint', 'report'], steps: [] },
  accepted: { kinds: ['complaint'], steps: [accept, assign] },
  not_accepted: {
    kinds: ['complaint'],
    steps: [step('reject', 'decided_at', ({ row }) => ({ ground: row.ground, note: row.result }), { ground: 'ground', note: 'result' })],
  },
  transferred: {
    kinds: ['complaint', 'report'],
    steps: [step('transfer', 'decided_at', (read) => ({ to: read.row.transferred_to, reason: result(read) }), { to: 'transferred_to', reason: 'result' })],
  },
  closed_agreed: {
    kinds: ['complaint'],
    steps: [
      accept,
      assign,
      startMediation,
      step(
        'record-agreement',
        'resolved_at',
        (read) => {
          const { recovered, compensation = 0 } = read.fen;
          // The export has the total recovered (挽回经济损失); what was not compensation was refunded.
          return { refundFen: recovered === undefined ? undefined : recovered - compensation, compensationFen: compensation, terms: result(read) };
        },
        { refundFen: 'recovered_fen', compensationFen: 'compensation_fen', terms: 'result' },
      ),
      close,
    ],
  },
  closed_failed: {
    kinds: ['complaint'],
    steps: [accept, assign, startMediation, step('fail-mediation', 'resolved_at', (read) => ({ reason: result(read) }), { reason: 'result' }), close],
  },
  closed_terminated: {
    kinds: ['complaint'],
    steps: [
      accept,
      assign,
      startMediation,
      step('terminate', 'resolved_at', ({ row }) => ({ reason: row.ground, note: row.result }), { reason: 'ground', note: 'result' }),
      close,
    ],
  },
  // Withdrawn after acceptance, before mediation began: a withdrawal during mediation is a termination (withdrawn_or_settled).
  closed_withdrawn: {
    kinds: ['complaint'],
    steps: [accept, assign, step('withdraw', 'resolved_at', ({ row }) => ({ note: row.result }), { note: 'result' }), close],
  },
  closed_filed: {
    kinds: ['report'],
    steps: [step('verify', 'decided_at', (read) => ({ finding: result(read) }), { finding: 'result' }), { ...step('file-investigation', 'resolved_at'), by: 'manager' }, close],
  },
  closed_not_filed: {
    kinds: ['report'],
    steps: [
      step('verify', 'decided_at', () => ({ finding: UNRECORDED })),
      { ...step('decline-investigation', 'resolved_at', (read) => ({ reason: result(read) }), { reason: 'result' }), by: 'manager' },
      close,
    ],
  },
  closed_answered: {
    kinds: ['consultation'],
    steps: [step('answer', 'decided_at', (read) => ({ answer: result(read) }), { answer: 'result' }), close],
  },
} as const satisfies Record<string, Outcome>;

export type OutcomeName = keyof typeof OUTCOMES;
export const OUTCOME_NAMES = Object.keys(OUTCOMES) as [OutcomeName, ...OutcomeName[]];

/** The note that keeps the legacy number in the case's history, at its registration. */
export const legacyNote = step('note', 'received_at', ({ row }) => ({ text: `历史数据导入：原12315系统编号 ${row.legacy_no}` }), { text: 'legacy_no' });

/** The follow-up call (回访) of a closed case, when the export records its satisfaction. */
export const followUp = step('follow-up', 'followed_up_at', ({ row }) => ({ satisfaction: row.satisfaction }), { satisfaction: 'satisfaction' });

export const closes = (outcome: Outcome): boolean => outcome.steps.some((spec) => spec.action === 'close');
