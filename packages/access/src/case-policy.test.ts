import type { Actor, CaseState } from '@hotline/domain';
import { describe, expect, it } from 'vitest';
import { ACTION_ROLES, authorizeCaseAction, authorizeCaseRead, caseListScope, figuresDistrict, REVEAL_ROLES } from './case-policy';

const actor = (role: Actor['role'], districtId: string, stationId?: string): Actor => ({ id: `${role}-1`, role, districtId, ...(stationId && { stationId }) });
const operator = actor('operator', 'wuchang', 'zhongnan');
const mediator = actor('mediator', 'wuchang', 'zhongnan');
const manager = actor('manager', 'wuchang');
const auditor = actor('auditor', 'wuchang');
const admin = actor('admin', 'wuchang');

// Only where a case belongs matters to the policy.
const caseAt = (district: string, stationId?: string) => ({ status: 'registered', caseNo: '12315-20261120-000001', district, stationId }) as unknown as CaseState;
const refusal = (check: () => void) => {
  try {
    check();
    return undefined;
  } catch (error) {
    return error as { status: number; code: string; message: string };
  }
};

describe('the case policy, read off the role table', () => {
  it('gives the role lists other packages read', () => {
    expect(ACTION_ROLES.accept).toEqual(['mediator', 'manager']);
    expect(ACTION_ROLES['file-investigation']).toEqual(['manager']);
    expect(REVEAL_ROLES).toEqual(['manager', 'auditor']);
  });

  it('lets a mediator decide a case of their station, or of their district while it has no station', () => {
    expect(refusal(() => authorizeCaseAction(mediator, 'accept', caseAt('wuchang', 'zhongnan')))).toBeUndefined();
    expect(refusal(() => authorizeCaseAction(mediator, 'accept', caseAt('wuchang')))).toBeUndefined();
    expect(refusal(() => authorizeCaseAction(mediator, 'accept', caseAt('wuchang', 'shouyi')))).toMatchObject({
      status: 403,
      code: 'access/forbidden',
      message: 'case 12315-20261120-000001 belongs to another station',
    });
    expect(refusal(() => authorizeCaseAction(mediator, 'accept', caseAt('hongshan')))).toMatchObject({ message: 'case 12315-20261120-000001 belongs to another district' });
  });

  it('refuses a role the action is not for before looking at the case', () => {
    expect(refusal(() => authorizeCaseAction(auditor, 'note', caseAt('wuchang')))).toMatchObject({ status: 403, message: 'an auditor may not note a case' });
  });

  it('lets a manager read any case of their district and an auditor any case at all', () => {
    expect(refusal(() => authorizeCaseRead(manager, caseAt('wuchang', 'shouyi')))).toBeUndefined();
    expect(refusal(() => authorizeCaseRead(manager, caseAt('hongshan')))).toMatchObject({ status: 403 });
    expect(refusal(() => authorizeCaseRead(auditor, caseAt('hongshan')))).toBeUndefined();
  });

  it('narrows the case list to the reader\'s reach and refuses it to an admin', () => {
    expect(caseListScope(auditor)).toEqual({});
    expect(caseListScope(manager)).toEqual({ district: 'wuchang' });
    expect(caseListScope(operator)).toEqual({ district: 'wuchang' });
    expect(caseListScope(mediator)).toEqual({ district: 'wuchang', station: 'zhongnan' });
    expect(refusal(() => caseListScope(admin))).toMatchObject({ status: 403, code: 'access/forbidden' });
  });

  it('gives a manager their own district\'s figures and an auditor whichever they ask for', () => {
    expect(figuresDistrict(manager, undefined)).toBe('wuchang');
    expect(figuresDistrict(manager, 'wuchang')).toBe('wuchang');
    expect(refusal(() => figuresDistrict(manager, 'hongshan'))).toMatchObject({ status: 403 });
    expect(figuresDistrict(auditor, undefined)).toBeUndefined();
    expect(figuresDistrict(auditor, 'hongshan')).toBe('hongshan');
    expect(refusal(() => figuresDistrict(operator, undefined))).toMatchObject({ status: 403 });
  });
});
