import * as z from 'zod';
import { fieldError } from '../fields/field-error';
import { slug } from '../fields/ids';
import { instant } from '../fields/instant';
import { moneyFen } from '../fields/money';
import { TEXT_LIMITS, text } from '../fields/text';
import { expectedVersionSchema } from '../fields/version';
import { rejectionGround, satisfaction, sessionMode, suspensionReason, terminationGround } from '../fields/vocabulary';

const note = () => text('note', { max: TEXT_LIMITS.note, multiline: true }).optional();
const reason = () => text('reason', { max: TEXT_LIMITS.reason, multiline: true });

/**
 * A body of `POST /api/v1/cases/:caseId/<action>`. Every action may carry `expectedVersion`
 * (or send it as `If-Match`) and its business time `occurredAt` (defaulting to now).
 */
function actionBody<const Shape extends z.ZodRawShape>(shape: Shape) {
  return z.strictObject(
    { expectedVersion: expectedVersionSchema.optional(), occurredAt: instant('occurredAt').optional(), ...shape },
    { error: fieldError('body', 'the request body must be a JSON object') },
  );
}

/**
 * The body schema of each case action, keyed by its path segment.
 *
 * @example
 * CASE_ACTIONS['record-agreement'].parse({ refundFen: 129900, compensationFen: 0, terms: '商家退货退款' })
 */
export const CASE_ACTIONS = Object.freeze({
  accept: actionBody({ stationId: slug('stationId').optional() }),
  reject: actionBody({ ground: rejectionGround('ground'), note: note() }),
  transfer: actionBody({ to: text('to', { max: 100 }), reason: reason() }),
  assign: actionBody({ assigneeId: slug('assigneeId'), stationId: slug('stationId').optional() }),
  'start-mediation': actionBody({}),
  'record-session': actionBody({ mode: sessionMode('mode'), note: text('note', { max: TEXT_LIMITS.note, multiline: true }) }),
  suspend: actionBody({ reason: suspensionReason('reason'), note: note() }),
  resume: actionBody({}),
  'record-agreement': actionBody({
    refundFen: moneyFen('refundFen'),
    compensationFen: moneyFen('compensationFen'),
    otherFen: moneyFen('otherFen').optional(),
    terms: text('terms', { max: TEXT_LIMITS.terms, multiline: true }),
  }),
  'fail-mediation': actionBody({ reason: reason() }),
  terminate: actionBody({ reason: terminationGround('reason'), note: note() }),
  withdraw: actionBody({ note: note() }),
  verify: actionBody({ finding: text('finding', { max: TEXT_LIMITS.finding, multiline: true }) }),
  'file-investigation': actionBody({ enforcementCaseNo: text('enforcementCaseNo', { max: 64 }).optional() }),
  'decline-investigation': actionBody({ reason: reason() }),
  answer: actionBody({ answer: text('answer', { max: TEXT_LIMITS.answer, multiline: true }) }),
  close: actionBody({ summary: text('summary', { max: TEXT_LIMITS.summary, multiline: true }).optional() }),
  'follow-up': actionBody({ satisfaction: satisfaction('satisfaction'), note: note() }),
  reopen: actionBody({ reason: reason() }),
  note: actionBody({ text: text('text', { max: TEXT_LIMITS.note, multiline: true }) }),
});

/** An action path segment: 'accept', 'record-agreement', ... */
export type CaseAction = keyof typeof CASE_ACTIONS;

/** The parsed body of one action, e.g. `CaseActionBody<'reject'>`. */
export type CaseActionBody<A extends CaseAction> = z.infer<(typeof CASE_ACTIONS)[A]>;

/** Every action path segment, in lifecycle order. */
export const CASE_ACTION_NAMES = Object.freeze(Object.keys(CASE_ACTIONS) as CaseAction[]);

/**
 * Whether a path segment names a case action (narrowing it for `CASE_ACTIONS[name]`).
 *
 * @example
 * isCaseAction('record-agreement') // true
 * isCaseAction('toString') // false
 */
export const isCaseAction = (name: string): name is CaseAction => Object.hasOwn(CASE_ACTIONS, name);
