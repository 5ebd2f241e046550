import {
  CASE_ACTIONS, creditCodeSchema, isCreditCode, personNameSchema, phoneSchema, registerCaseBodySchema, workOrderPushBodySchema,
} from '@hotline/contracts';
import { describe, expect, it } from 'vitest';
import { planProfile } from './plan';
import { ACTION_OF, actionBodyOf } from './step-actions';

const plans = [planProfile('ezhou-2023h1', { scale: 0.3 }), planProfile('wuchang-2022-2023', { scale: 0.03 })];
const cases = plans.flatMap((plan) => plan.cases);

describe('the people and businesses of a plan', () => {
  it('give every business a credit code that passes the contracts check, most of them one', () => {
    const codes = cases.flatMap((c) => c.registration.respondent?.creditCode ?? []);
    expect(codes.length).toBeGreaterThan(0.7 * cases.filter((c) => c.registration.respondent).length);
    for (const code of codes) {
      expect(isCreditCode(code), code).toBe(true);
      expect(creditCodeSchema.parse(code)).toBe(code);
    }
  });

  it('give every complainant a name and phone the contracts take as they are', () => {
    for (const { complainant } of cases.map((c) => c.registration)) {
      if (!complainant) continue;
      expect(phoneSchema.parse(complainant.phone)).toBe(complainant.phone);
      expect(personNameSchema.parse(complainant.name)).toBe(complainant.name);
    }
  });

  it('register only what the HTTP contract would take, from the desk or as a signed 12345 work order', () => {
    for (const { registration, receivedAt } of cases) {
      const { workOrder, complainant, channel: _channel, ...order } = registration;
      const parsed = workOrder
        ? workOrderPushBodySchema.safeParse({ ...order, ...workOrder, citizen: complainant, receivedAt })
        : registerCaseBodySchema.safeParse({ ...registration, occurredAt: receivedAt });
      expect(parsed.error?.issues ?? []).toEqual([]);
    }
  });

  it('take only steps whose HTTP body the contract would take', () => {
    for (const { steps } of cases) {
      for (const { command, occurredAt } of steps) {
        const parsed = CASE_ACTIONS[ACTION_OF[command.type]].safeParse({ ...actionBodyOf(command), occurredAt });
        expect(parsed.error?.issues ?? [], command.type).toEqual([]);
      }
    }
  });
});
