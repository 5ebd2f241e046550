import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { act, actOk, chineseText, expectError, registerComplaint, streamOf, type Body, type Username } from './support/cases';
import { databases, openHotline, type Hotline } from './support/hotline';

/** The cases the table acts on. */
type Subject = 'accepted' | 'mediating-order-20';

/** A case action the station must refuse: what is sent to which case, and the answer expected. */
interface BadAction {
  readonly name: string;
  readonly action: string;
  readonly body: Body | string;
  /** Sent as If-Match; undefined sends none. Default: the case's version. */
  readonly ifMatch?: string | null;
  readonly on?: Subject;
  readonly as?: Username;
  readonly status: number;
  readonly code: string;
  readonly paths?: readonly string[];
}

/** The accepted complaint's last event happened at 2026-11-19 09:00 in Wuhan; the clock stands at 2026-11-23 10:00. */
const AT = '2026-11-20T09:00:00+08:00';

const BAD_ACTIONS: readonly BadAction[] = [
  // The action itself
  { name: 'an unknown action', action: 'approve', body: { occurredAt: AT }, status: 404, code: 'not-found' },
  { name: 'an action named like an object property', action: 'constructor', body: { occurredAt: AT }, status: 404, code: 'not-found' },
  { name: 'an action the case cannot take in its status', action: 'start-mediation', body: { occurredAt: AT }, status: 409, code: 'case/illegal-transition' },
  // Not JSON, or too much of it
  { name: 'malformed JSON', action: 'assign', body: '{"assigneeId": "mediator",', status: 400, code: 'input/malformed-json' },
  { name: 'a JSON array', action: 'assign', body: '[]', status: 400, code: 'input/invalid' },
  { name: 'a body over 64 kb', action: 'note', body: JSON.stringify({ text: '备'.repeat(30_000) }), as: 'operator', status: 413, code: 'input/too-large' },
  // The version seen
  { name: 'neither expectedVersion nor If-Match', action: 'assign', body: { assigneeId: 'mediator', occurredAt: AT }, ifMatch: null, status: 428, code: 'input/expected-version-required', paths: ['expectedVersion'] },
  { name: 'If-Match disagreeing with expectedVersion', action: 'assign', body: { assigneeId: 'mediator', expectedVersion: 1, occurredAt: AT }, status: 400, code: 'input/invalid', paths: ['expectedVersion'] },
  { name: 'If-Match that is no version', action: 'assign', body: { assigneeId: 'mediator', occurredAt: AT }, ifMatch: '"latest"', status: 400, code: 'input/invalid', paths: ['If-Match'] },
  { name: 'If-Match "0"', action: 'assign', body: { assigneeId: 'mediator', occurredAt: AT }, ifMatch: '"0"', status: 400, code: 'input/invalid', paths: ['If-Match'] },
  { name: 'expectedVersion 0', action: 'assign', body: { assigneeId: 'mediator', expectedVersion: 0, occurredAt: AT }, ifMatch: null, status: 400, code: 'input/invalid', paths: ['expectedVersion'] },
  { name: 'expectedVersion as a string', action: 'assign', body: { assigneeId: 'mediator', expectedVersion: '2', occurredAt: AT }, ifMatch: null, status: 400, code: 'input/invalid', paths: ['expectedVersion'] },
  { name: 'expectedVersion fractional', action: 'assign', body: { assigneeId: 'mediator', expectedVersion: 1.5, occurredAt: AT }, ifMatch: null, status: 400, code: 'input/invalid', paths: ['expectedVersion'] },
  { name: 'a stale expectedVersion in the body', action: 'assign', body: { assigneeId: 'mediator', expectedVersion: 1, occurredAt: AT }, ifMatch: null, status: 409, code: 'case/version-conflict' },
  // Business time
  { name: 'occurredAt after the server clock', action: 'assign', body: { assigneeId: 'mediator', occurredAt: '2026-11-23T10:00:01+08:00' }, status: 400, code: 'case/invalid-time', paths: ['occurredAt'] },
  { name: 'occurredAt before the previous event', action: 'assign', body: { assigneeId: 'mediator', occurredAt: '2026-11-19T08:59:59+08:00' }, status: 400, code: 'case/invalid-time', paths: ['occurredAt'] },
  { name: 'occurredAt without an offset', action: 'assign', body: { assigneeId: 'mediator', occurredAt: '2026-11-20T09:00:00' }, status: 400, code: 'input/invalid', paths: ['occurredAt'] },
  { name: 'occurredAt as a number', action: 'assign', body: { assigneeId: 'mediator', occurredAt: 1_795_400_000 }, status: 400, code: 'input/invalid', paths: ['occurredAt'] },
  // Unknown keys
  { name: 'an unknown key', action: 'assign', body: { assigneeId: 'mediator', assignee: 'mediator', occurredAt: AT }, status: 400, code: 'input/invalid', paths: ['assignee'] },
  { name: 'a key of another action', action: 'accept', body: { ground: 'outside_remit', occurredAt: AT }, status: 400, code: 'input/invalid', paths: ['ground'] },
  // Fields of each action
  { name: 'assign without assigneeId', action: 'assign', body: { occurredAt: AT }, status: 400, code: 'input/invalid', paths: ['assigneeId'] },
  { name: 'assign to a name instead of an id', action: 'assign', body: { assigneeId: '李娜', occurredAt: AT }, status: 400, code: 'input/invalid', paths: ['assigneeId'] },
  { name: 'accept at a station that is no id', action: 'accept', body: { stationId: 'Zhong Nan', occurredAt: AT }, status: 400, code: 'input/invalid', paths: ['stationId'] },
  { name: 'reject without a ground', action: 'reject', body: { occurredAt: AT }, status: 400, code: 'input/invalid', paths: ['ground'] },
  { name: 'reject on a ground no rulebook knows', action: 'reject', body: { ground: 'too_busy', occurredAt: AT }, status: 400, code: 'input/invalid', paths: ['ground'] },
  { name: 'transfer without to and reason', action: 'transfer', body: { occurredAt: AT }, status: 400, code: 'input/invalid', paths: ['to', 'reason'] },
  { name: 'record-session by letter', action: 'record-session', body: { mode: 'letter', note: '寄送调解通知书', occurredAt: AT }, status: 400, code: 'input/invalid', paths: ['mode'] },
  { name: 'record-session with a note of 2001 characters', action: 'record-session', body: { mode: 'phone', note: chineseText(2001), occurredAt: AT }, status: 400, code: 'input/invalid', paths: ['note'] },
  { name: 'suspend for no listed reason', action: 'suspend', body: { reason: '调解员休假', occurredAt: AT }, status: 400, code: 'input/invalid', paths: ['reason'] },
  { name: 'record-agreement with a negative refund', action: 'record-agreement', body: { refundFen: -129_900, compensationFen: 0, terms: '退款', occurredAt: AT }, status: 400, code: 'input/invalid', paths: ['refundFen'] },
  { name: 'record-agreement with a fractional compensation', action: 'record-agreement', body: { refundFen: 129_900, compensationFen: 500.5, terms: '退款并赔偿', occurredAt: AT }, status: 400, code: 'input/invalid', paths: ['compensationFen'] },
  { name: 'record-agreement with amounts as strings', action: 'record-agreement', body: { refundFen: '129900', compensationFen: '50000', terms: '退款并赔偿', occurredAt: AT }, status: 400, code: 'input/invalid', paths: ['refundFen', 'compensationFen'] },
  { name: 'record-agreement without terms', action: 'record-agreement', body: { refundFen: 129_900, compensationFen: 0, occurredAt: AT }, status: 400, code: 'input/invalid', paths: ['terms'] },
  { name: 'record-agreement with other amounts over a billion yuan', action: 'record-agreement', body: { refundFen: 0, compensationFen: 0, otherFen: 100_000_000_001, terms: '其他', occurredAt: AT }, status: 400, code: 'input/invalid', paths: ['otherFen'] },
  { name: 'fail-mediation with a reason of 501 characters', action: 'fail-mediation', body: { reason: chineseText(501), occurredAt: AT }, status: 400, code: 'input/invalid', paths: ['reason'] },
  { name: 'terminate on a ground no rulebook knows', action: 'terminate', body: { reason: 'mediator_busy', occurredAt: AT }, status: 400, code: 'input/invalid', paths: ['reason'] },
  { name: 'verify without a finding', action: 'verify', body: { occurredAt: AT }, status: 400, code: 'input/invalid', paths: ['finding'] },
  { name: 'answer with an answer of 4001 characters', action: 'answer', body: { answer: chineseText(4001), occurredAt: AT }, as: 'operator', status: 400, code: 'input/invalid', paths: ['answer'] },
  { name: 'follow-up with a satisfaction not on the scale', action: 'follow-up', body: { satisfaction: 'happy', occurredAt: AT }, as: 'operator', status: 400, code: 'input/invalid', paths: ['satisfaction'] },
  { name: 'reopen without a reason', action: 'reopen', body: { occurredAt: AT }, status: 400, code: 'input/invalid', paths: ['reason'] },
  { name: 'a note without text', action: 'note', body: { occurredAt: AT }, as: 'operator', status: 400, code: 'input/invalid', paths: ['text'] },
  { name: 'a note with a control character', action: 'note', body: { text: '备注\u0000内容', occurredAt: AT }, as: 'operator', status: 400, code: 'input/invalid', paths: ['text'] },
  // The rulebook of an Order 20 case (received 2026-03-20) under mediation
  { name: 'terminate an Order 20 mediation because a party ceased (an Order 121 ground)', on: 'mediating-order-20', action: 'terminate', body: { reason: 'party_ceased', occurredAt: AT }, status: 400, code: 'case/ground-not-in-rulebook', paths: ['reason'] },
  { name: 'suspend an Order 20 mediation for recusal (an Order 121 reason)', on: 'mediating-order-20', action: 'suspend', body: { reason: 'recusal', occurredAt: AT }, status: 400, code: 'case/ground-not-in-rulebook', paths: ['reason'] },
];

describe.each(databases)('case actions the station refuses, on $name', (database) => {
  let hotline: Hotline;
  const cases = {} as Record<Subject, { caseId: string; version: number }>;
  beforeAll(async () => {
    hotline = await openHotline(database);
    const accepted = await registerComplaint(hotline, { occurredAt: '2026-11-18T15:00:00+08:00' });
    cases.accepted = { caseId: accepted.caseId, version: await actOk(hotline, accepted.caseId, 'accept', { occurredAt: '2026-11-19T09:00:00+08:00' }, 1) };

    const older = await registerComplaint(hotline, { occurredAt: '2026-03-20T14:30:00+08:00' });
    let version = 1;
    version = await actOk(hotline, older.caseId, 'accept', { occurredAt: '2026-03-23T09:00:00+08:00' }, version);
    version = await actOk(hotline, older.caseId, 'assign', { assigneeId: 'mediator', occurredAt: '2026-03-23T09:10:00+08:00' }, version);
    version = await actOk(hotline, older.caseId, 'start-mediation', { occurredAt: '2026-03-24T09:00:00+08:00' }, version);
    cases['mediating-order-20'] = { caseId: older.caseId, version };
  });
  afterAll(() => hotline.close());

  it.each(BAD_ACTIONS)('$action: $name → $status $code, nothing written', async ({ action, body, ifMatch, on = 'accepted', as = 'mediator', status, code, paths }) => {
    const { caseId, version } = cases[on];
    const headers: Record<string, string> = ifMatch ? { 'If-Match': ifMatch } : {};
    const response = await act(hotline, caseId, action, body, ifMatch === undefined ? version : undefined, as, headers);
    expectError(response, status, code, paths);
    expect(await streamOf(hotline, caseId)).toHaveLength(version);
  });

  it('an unknown key is named in the message too', async () => {
    const { caseId, version } = cases.accepted;
    const response = await act(hotline, caseId, 'assign', { assigneeId: 'mediator', assignee: 'mediator', occurredAt: AT }, version);
    expect(response.body.error.issues).toContainEqual({ path: 'assignee', message: expect.stringContaining('assignee') });
  });

  it('the 409 of a stale version carries the current one', async () => {
    const { caseId, version } = cases.accepted;
    const response = await act(hotline, caseId, 'assign', { assigneeId: 'mediator', occurredAt: AT }, version - 1);
    expectError(response, 409, 'case/version-conflict');
    expect(response.body.error).toMatchObject({ expectedVersion: version - 1, currentVersion: version });
  });

  it('the refused requests left both cases able to go on', async () => {
    await actOk(hotline, cases.accepted.caseId, 'assign', { assigneeId: 'mediator', occurredAt: AT }, cases.accepted.version);
    await actOk(hotline, cases['mediating-order-20'].caseId, 'terminate', { reason: 'party_absent_or_refused', occurredAt: AT }, cases['mediating-order-20'].version);
  });
});
