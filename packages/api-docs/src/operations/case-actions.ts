import { actionResultSchema, CASE_ACTION_NAMES, CASE_ACTIONS, type CaseAction } from '@hotline/contracts';
import type { Examples, Operation } from '../operation';

type ActionDocs = { readonly [A in CaseAction]: { readonly summary: string; readonly examples: Examples<(typeof CASE_ACTIONS)[A]> } };

/** Every action, by its path segment: the compiler asks for a new action's summary and example. */
const ACTIONS: ActionDocs = {
  accept: { summary: 'Accept the complaint (受理), optionally giving it to a station', examples: { 'at a station': { expectedVersion: 1, stationId: 'zhongnan' } } },
  reject: { summary: 'Do not accept it (不予受理), on a ground of its rulebook', examples: { 'time-barred': { expectedVersion: 1, ground: 'time_barred', note: '消费者知道权益受损已超过三年' } } },
  transfer: { summary: 'Transfer it to the body in charge (移送)', examples: { 'to the police': { expectedVersion: 1, to: '武汉市公安局武昌区分局', reason: '涉嫌诈骗，移送公安' } } },
  assign: { summary: 'Give it to a mediator', examples: { 'a mediator of the station': { expectedVersion: 2, assigneeId: 'mediator', stationId: 'zhongnan' } } },
  'start-mediation': { summary: 'Start mediating (调解)', examples: { 'as the If-Match says': {} } },
  'record-session': {
    summary: 'Record a mediation session',
    examples: { 'a call, recorded later': { expectedVersion: 4, mode: 'phone', note: '电话联系双方，商家同意检测后处理', occurredAt: '2026-08-04T10:30:00+08:00' } },
  },
  suspend: { summary: 'Stop the mediation clock for testing, appraisal or recusal', examples: { 'sent for testing': { expectedVersion: 5, reason: 'testing_or_appraisal', note: '空调送检' } } },
  resume: { summary: 'Restart the mediation clock', examples: { 'the test report is in': { expectedVersion: 6 } } },
  'record-agreement': {
    summary: 'Record the agreement (调解协议): refund, compensation and other amounts in fen',
    examples: {
      refund: { expectedVersion: 7, refundFen: 129900, compensationFen: 0, terms: '商家退货退款' },
      'refund and three times the price': { expectedVersion: 7, refundFen: 129900, compensationFen: 389700, terms: '退一赔三' },
    },
  },
  'fail-mediation': { summary: 'Record that mediation failed', examples: { 'too far apart': { expectedVersion: 5, reason: '双方分歧过大' } } },
  terminate: { summary: 'Terminate mediation (终止调解) on a ground of its rulebook', examples: { 'the business refused': { expectedVersion: 5, reason: 'party_absent_or_refused', note: '被投诉人拒不到场' } } },
  withdraw: { summary: 'Record that the complainant withdrew', examples: { settled: { expectedVersion: 3, note: '投诉人已与商家自行和解' } } },
  verify: { summary: 'Record what checking a report found (核查)', examples: { 'an inspection': { expectedVersion: 2, finding: '现场检查发现过期食品12件' } } },
  'file-investigation': { summary: 'File the report for investigation (立案)', examples: { 'with the enforcement number': { expectedVersion: 3, enforcementCaseNo: '武昌市监立〔2026〕18号' } } },
  'decline-investigation': { summary: 'Decline to investigate the report (不予立案)', examples: { 'no evidence': { expectedVersion: 3, reason: '证据不足' } } },
  answer: { summary: 'Answer a consultation', examples: { 'on the call': { expectedVersion: 1, answer: '七日无理由退货适用于网购商品。' } } },
  close: { summary: 'Close the case (办结)', examples: { 'after the agreement': { expectedVersion: 8, summary: '调解成功，商家退款1299元' } } },
  'follow-up': { summary: 'Record the follow-up call (回访)', examples: { 'basically satisfied': { expectedVersion: 9, satisfaction: 'basically_satisfied' } } },
  reopen: { summary: 'Reopen a closed case', examples: { 'the caller was not satisfied': { expectedVersion: 10, reason: '12345回访不满意' } } },
  note: { summary: 'Add a note to the file', examples: { 'a call back': { expectedVersion: 3, text: '已电话告知投诉人处理进度' } } },
};

const camel = (name: string) => name.replace(/-(\w)/g, (_dash, letter: string) => letter.toUpperCase());

/**
 * `POST /api/v1/cases/:caseId/:action`, one path per action. One route serves them all, but the
 * body depends on the action in the path, which a single operation could only show as a oneOf
 * that cannot choose: `{}` is a valid body of five actions.
 */
export const CASE_ACTION_OPERATIONS: readonly Operation[] = CASE_ACTION_NAMES.map((action) => ({
  method: 'post',
  path: `/api/v1/cases/:caseId/${action}`,
  operationId: `act${camel(`-${action}`)}`,
  summary: ACTIONS[action].summary,
  description: `Checked against the role table (permission \`act:${action}\`) and the case's lifecycle. Answers 409 \`case/version-conflict\` at a stale version, 409 \`case/illegal-transition\` in a status that does not allow it, 428 without a version.`,
  tag: 'case actions',
  auth: 'bearer',
  body: { schema: CASE_ACTIONS[action], examples: ACTIONS[action].examples },
  headers: ['If-Match', 'Idempotency-Key'],
  answers: { 200: { description: "The case's new version, also as the `ETag`.", schema: actionResultSchema } },
}));
