/**
 * Given/when/then for the case decider, used by the domain's tests (not exported from the
 * package). The real working-day calendar is used so deadlines are checked on real dates.
 */
import { createChinaCalendar } from '@hotline/calendar';
import { expect } from 'vitest';
import type { Actor } from '../case/command';
import type { CaseCommand } from '../case/commands';
import { createCaseDecider } from '../case/decider';
import type { CaseEvent } from '../case/events';
import { isRegistered, type Case, type CaseState } from '../case/state';
import { CaseError, type CaseErrorCode } from '../errors';

export const calendar = createChinaCalendar();
export const decider = createCaseDecider({ calendar });

/** The server clock in these tests: later than every business time they use. */
export const NOW = '2026-11-23T02:00:00.000Z';

export const operator: Actor = { id: 'op-1', role: 'operator', districtId: 'wuchang' };
export const mediator: Actor = { id: 'med-1', role: 'mediator', stationId: 'zhongnan', districtId: 'wuchang' };

type Of<T extends CaseCommand['type']> = Extract<CaseCommand, { type: T }>;

/** A command as a person issues it, at `occurredAt` (default: now). */
export function command<T extends CaseCommand['type']>(
  type: T,
  data: Of<T>['data'],
  occurredAt?: string,
  actor: Actor = mediator,
): Of<T> {
  return { type, data, metadata: { actor, now: NOW, ...(occurredAt && { occurredAt }) } } as Of<T>;
}

export const complaintRegistration = (occurredAt: string, overrides: Partial<Of<'RegisterCase'>['data']> = {}) =>
  command(
    'RegisterCase',
    {
      caseId: 'c0a80101-0000-4000-8000-000000000001',
      caseNo: '12315-20230928-000001',
      kind: 'complaint',
      channel: 'hotline_12315',
      district: 'wuchang',
      complainant: { name: '张伟', phone: '13800138000', address: '武汉市武昌区中南路1号' },
      respondent: { name: '武汉某某电器有限公司', creditCode: '91350100M000100Y43' },
      category: 'quality',
      subject: 'goods_appliances',
      summary: '购买的冰箱三天后不制冷，商家拒绝退货',
      claimedAmountFen: 129_900,
      ...overrides,
    },
    occurredAt,
    operator,
  );

/** Runs commands one after another, failing the test on the first refusal. */
export function run(commands: readonly CaseCommand[], start: CaseState = decider.initialState) {
  const events: CaseEvent[] = [];
  let state = start;
  for (const next of commands) {
    const result = decider.decide(next, state);
    if (result instanceof CaseError) throw new Error(`${next.type} refused: ${result.code} ${result.message}`);
    events.push(...result);
    state = result.reduce(decider.evolve, state);
  }
  return { events, state };
}

/** Given the commands that led here, when this command, then these events or this error. */
export function given(...history: readonly CaseCommand[]) {
  const { state } = run(history);
  return {
    state: state as Case,
    when(next: CaseCommand) {
      const result = decider.decide(next, state);
      return {
        result,
        thenEvents(expected: readonly { type: CaseEvent['type']; data?: object }[]): CaseEvent[] {
          if (result instanceof CaseError) throw new Error(`expected events, got ${result.code}: ${result.message}`);
          expect(result).toMatchObject(expected);
          return result;
        },
        thenError(code: CaseErrorCode, details?: Record<string, unknown>): CaseError {
          expect(result).toBeInstanceOf(CaseError);
          const error = result as CaseError;
          expect(error.code).toBe(code);
          if (details) expect(error.details).toMatchObject(details);
          return error;
        },
        thenState(): Case {
          if (result instanceof CaseError) throw new Error(`expected events, got ${result.code}: ${result.message}`);
          const next = result.reduce(decider.evolve, state);
          if (!isRegistered(next)) throw new Error('expected a registered case');
          return next;
        },
      };
    },
  };
}
