import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CaseError } from '../errors';
import { REJECTION_GROUNDS, SUSPENSION_REASONS, TERMINATION_GROUNDS } from '../rulebooks/rulebook';
import { command, complaintRegistration, decider } from '../testing/case-spec';
import { CASE_KINDS, SATISFACTION_LEVELS, SESSION_MODES } from '../vocabulary';
import type { CaseCommand, CaseCommandType } from './commands';
import type { CaseEvent } from './events';
import { replay } from './evolve';
import { CASE_STATUSES, isRegistered, type CaseState } from './state';
import { isAllowed, TRANSITIONS } from './transitions';

type Step = { gapInHours: number; pick: number; wild: boolean; n: number };
const pickFrom = <T>(list: readonly T[], n: number): T => list[n % list.length] as T;

/** A command of `type` with data varied by `n`: some good, some bad (negative fen, foreign grounds). */
function build(type: Exclude<CaseCommandType, 'RegisterCase'>, at: string, n: number): CaseCommand {
  switch (type) {
    case 'AcceptComplaint': return command(type, {}, at);
    case 'RejectComplaint': return command(type, { ground: pickFrom(REJECTION_GROUNDS, n) }, at);
    case 'TransferCase': return command(type, { to: '洪山区局', reason: '管辖' }, at);
    case 'AssignCase': return command(type, { assigneeId: `med-${n % 3}` }, at);
    case 'StartMediation': return command(type, {}, at);
    case 'RecordMediationSession': return command(type, { mode: pickFrom(SESSION_MODES, n), note: '调解' }, at);
    case 'SuspendMediation': return command(type, { reason: pickFrom(SUSPENSION_REASONS, n) }, at);
    case 'ResumeMediation': return command(type, {}, at);
    case 'RecordAgreement':
      return command(type, { refundFen: (n % 7) - 1, compensationFen: n * 100, otherFen: n % 3, terms: '退款' }, at);
    case 'FailMediation': return command(type, { reason: '分歧大' }, at);
    case 'TerminateMediation': return command(type, { ground: pickFrom(TERMINATION_GROUNDS, n) }, at);
    case 'WithdrawComplaint': return command(type, {}, at);
    case 'VerifyReport': return command(type, { finding: '属实' }, at);
    case 'FileInvestigation': return command(type, {}, at);
    case 'DeclineInvestigation': return command(type, { reason: '不成立' }, at);
    case 'AnswerConsultation': return command(type, { answer: '答复' }, at);
    case 'CloseCase': return command(type, {}, at);
    case 'RecordFollowUp': return command(type, { satisfaction: pickFrom(SATISFACTION_LEVELS, n) }, at);
    case 'ReopenCase': return command(type, { reason: '重办' }, at);
    case 'AddNote': return command(type, { text: '备注' }, at);
  }
}

const COMMAND_TYPES = Object.keys(TRANSITIONS) as Exclude<CaseCommandType, 'RegisterCase'>[];

/**
 * The next command: mostly one the case's status allows (so lives reach deep), sometimes any
 * command at all (so refusals are exercised too), now and then dated before the previous one.
 */
function nextCommand(state: CaseState, step: Step, at: string): CaseCommand {
  const allowed = isRegistered(state) ? COMMAND_TYPES.filter((t) => isAllowed(t, state.kind, state.status)) : [];
  const type = step.wild || allowed.length === 0 ? pickFrom(COMMAND_TYPES, step.pick) : pickFrom(allowed, step.pick);
  return build(type, at, step.n);
}

const aLife = fc.record({
  kind: fc.constantFrom(...CASE_KINDS),
  // One start under each rulebook; every clock the steps start ends inside the calendar's data.
  start: fc.constantFrom(Date.parse('2023-03-01T09:00:00+08:00'), Date.parse('2026-05-04T09:00:00+08:00')),
  steps: fc.array(
    fc.record({
      gapInHours: fc.integer({ min: -2, max: 48 }),
      pick: fc.nat(),
      wild: fc.nat(4).map((x) => x === 0),
      n: fc.nat(1000),
    }),
    { minLength: 5, maxLength: 40 },
  ),
});

/** Runs a life through the decider, as a command handler would. */
function live({ kind, start, steps }: { kind: (typeof CASE_KINDS)[number]; start: number; steps: Step[] }) {
  let state = decider.initialState;
  let time = start;
  const events: CaseEvent[] = [];
  const visited: string[] = [];
  const refusals: CaseError[] = [];
  for (const [i, step] of [undefined, ...steps].entries()) {
    if (step) time += step.gapInHours * 3_600_000;
    const at = new Date(time).toISOString();
    const next = step ? nextCommand(state, step, at) : complaintRegistration(at, { kind });
    const result = decider.decide(next, state);
    if (result instanceof CaseError) {
      refusals.push(result);
      continue;
    }
    events.push(...result);
    state = result.reduce(decider.evolve, state);
    if (isRegistered(state)) visited.push(`${state.kind}:${state.status}`);
    if (i === 0) expect(result).toHaveLength(1);
  }
  return { state, events, visited, refusals };
}

describe('any sequence of commands', () => {
  it('leaves a state that evolve rebuilds exactly from the stored (JSON) events', () => {
    const reached = new Set<string>();
    fc.assert(
      fc.property(aLife, (life) => {
        const { state, events, visited } = live(life);
        visited.forEach((v) => reached.add(v));
        const stored = JSON.parse(JSON.stringify(events)) as CaseEvent[];
        expect(replay(stored)).toEqual(state);

        if (!isRegistered(state)) throw new Error('the registration must always be taken');
        expect(state.version).toBe(events.length);
        expect(CASE_STATUSES).toContain(state.status);
        const times = events.map((e) => Date.parse(e.data.occurredAt));
        expect(times).toEqual([...times].sort((a, b) => a - b));
        if (state.agreement) {
          const { refundFen, compensationFen, otherFen, recoveredFen } = state.agreement;
          expect(recoveredFen).toBe(refundFen + compensationFen + otherFen);
          expect(refundFen).toBeGreaterThanOrEqual(0);
        }
      }),
      { numRuns: 400, seed: 20261123 },
    );
    // Every status of every kind must be visited, or the property proves little.
    const everyStatus = ['complaint:closed', 'complaint:suspended', 'complaint:not_accepted', 'complaint:transferred',
      'complaint:withdrawn', 'complaint:agreed', 'complaint:mediation_terminated', 'report:filed', 'report:not_filed',
      'report:closed', 'report:transferred', 'consultation:closed'];
    expect([...reached]).toEqual(expect.arrayContaining(everyStatus));
  });

  it('never throws: every refusal is a CaseError with a stable code', () => {
    fc.assert(
      fc.property(aLife, (life) => {
        for (const refusal of live(life).refusals) expect(refusal.code).toMatch(/^case\//);
      }),
      { numRuns: 400, seed: 20261124 },
    );
  });
});
