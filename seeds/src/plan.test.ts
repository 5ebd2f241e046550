import { createChinaCalendar } from '@hotline/calendar';
import { CaseError, createCaseDecider, type CaseCommand, type CaseState } from '@hotline/domain';
import { describe, expect, it } from 'vitest';
import { dayOf } from './business-time';
import type { CaseScript } from './case-script';
import { planProfile, type Plan } from './plan';

const decider = createCaseDecider({ calendar: createChinaCalendar({ provisionalYears: 1 }) });

/** Runs a script through the pure decider, as the store would, and names the first refusal. */
function decideAll(script: CaseScript, now: string): CaseState {
  let state = decider.initialState;
  const apply = (command: CaseCommand) => {
    const decided = decider.decide(command, state);
    if (decided instanceof CaseError) throw new Error(`case ${script.caseId}: ${command.type} refused: ${decided.message}`);
    for (const event of decided) state = decider.evolve(state, event);
  };
  apply({ type: 'RegisterCase', data: { ...script.registration, caseId: script.caseId, caseNo: 'seed' }, metadata: { actor: script.registeredBy, now, occurredAt: script.receivedAt } });
  for (const step of script.steps) apply({ ...step.command, metadata: { actor: step.actor, now, occurredAt: step.occurredAt } } as CaseCommand);
  return state;
}

const ezhou = planProfile('ezhou-2023h1');
const wuchang = planProfile('wuchang-2022-2023', { scale: 0.05 });

describe('a plan', () => {
  it('is the same for the same seed and scale, and another for another seed', () => {
    const once = planProfile('ezhou-2023h1', { seed: 3, scale: 0.05 });
    expect(planProfile('ezhou-2023h1', { seed: 3, scale: 0.05 })).toEqual(once);
    const other = planProfile('ezhou-2023h1', { seed: 4, scale: 0.05 });
    expect(other.cases.map((c) => c.receivedAt)).not.toEqual(once.cases.map((c) => c.receivedAt));
    expect(other.truth.total).not.toEqual(once.truth.total);
  });

  it('reproduces the Ezhou half-year exactly: 530 pushed, 1.5万 requests, 4,156 complaints and reports, 202.8万元', () => {
    const { total, planned } = ezhou.truth;
    expect(total).toMatchObject({ pushedFrom12345: 530, complaintsAndReports: 4_156, recoveredFen: 202_800_000 });
    expect(total.received).toBe(planned.received);
    expect(Math.round(total.received / 1_000) / 10).toBe(1.5);
    expect(Object.keys(ezhou.truth.months)).toEqual(['2023-01', '2023-02', '2023-03', '2023-04', '2023-05', '2023-06']);
  });

  it('scales the exact targets and rounds them', () => {
    const { total } = planProfile('ezhou-2023h1', { scale: 0.02 }).truth;
    expect(total).toMatchObject({ pushedFrom12345: 11, complaintsAndReports: 83, recoveredFen: 4_056_000 });
  });

  it('accepts every Wuchang complaint it decides (transfers aside) and verifies every report it keeps', () => {
    const { total } = wuchang.truth;
    expect(total.notAccepted).toBe(0);
    expect(total.acceptanceRate?.value).toBe(1);
    expect(total.complaintsAndReports).toBeGreaterThanOrEqual(80_000 * 0.05);
    const channels = new Set(wuchang.cases.map((c) => c.registration.channel));
    expect([...channels].sort()).toEqual(['hotline_12315', 'transfer_12345', 'web_12315', 'wechat']);
    const reports = wuchang.cases.filter((c) => c.registration.kind === 'report' && !c.steps.some((s) => s.command.type === 'TransferCase'));
    expect(reports.every((c) => c.steps.some((s) => s.command.type === 'VerifyReport'))).toBe(true);
  });

  it.each([
    ['ezhou-2023h1', ezhou],
    ['wuchang-2022-2023 (5%)', wuchang],
  ] as [string, Plan][])('%s: every case is received in the period and every command is one the decider takes', (_, plan) => {
    const now = new Date().toISOString();
    const { from, to } = plan.truth.period;
    for (const script of plan.cases) {
      expect(dayOf(script.receivedAt) >= from && dayOf(script.receivedAt) < to).toBe(true);
      const times = [script.receivedAt, ...script.steps.map((s) => s.occurredAt)].map(Date.parse);
      expect(times).toEqual([...times].sort((a, b) => a - b));
      expect(times.at(-1)).toBeLessThan(Date.parse(now));
      decideAll(script, now);
    }
  });
});
