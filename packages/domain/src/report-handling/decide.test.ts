import { describe, expect, it } from 'vitest';
import { command, complaintRegistration, given } from '../testing/case-spec';

const report = complaintRegistration('2026-05-11T09:00:00+08:00', { kind: 'report', complainant: undefined });

describe('handling a report', () => {
  it('when verified, then the finding is on file', () => {
    const state = given(report).when(command('VerifyReport', { finding: '现场检查发现过期食品' }, '2026-05-13T09:00:00+08:00')).thenState();
    expect(state).toMatchObject({ status: 'verified', verification: { finding: '现场检查发现过期食品' } });
  });

  it('given a verified report, when filed for investigation, then the enforcement case number is kept', () => {
    const verified = [report, command('VerifyReport', { finding: '属实' }, '2026-05-13T09:00:00+08:00')];
    const state = given(...verified).when(command('FileInvestigation', { enforcementCaseNo: '鄂武昌市监立〔2026〕88号' })).thenState();
    expect(state).toMatchObject({ status: 'filed', investigation: { filed: true, enforcementCaseNo: '鄂武昌市监立〔2026〕88号' } });
  });

  it('given a verified report, when filing is declined, then the reason is kept', () => {
    const verified = [report, command('VerifyReport', { finding: '不属实' }, '2026-05-13T09:00:00+08:00')];
    const state = given(...verified).when(command('DeclineInvestigation', { reason: '违法事实不成立' })).thenState();
    expect(state).toMatchObject({ status: 'not_filed', investigation: { filed: false, reason: '违法事实不成立' } });
  });

  it('given a report, when someone tries to accept or mediate it, then it is an illegal transition', () => {
    given(report).when(command('AcceptComplaint', {})).thenError('case/illegal-transition', { kind: 'report' });
    given(report).when(command('WithdrawComplaint', {})).thenError('case/illegal-transition');
  });

  it('given a report, when it is filed before it is verified, then it is an illegal transition', () => {
    given(report).when(command('FileInvestigation', {})).thenError('case/illegal-transition', { status: 'registered' });
  });
});
