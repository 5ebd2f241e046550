import { describe, expect, it } from 'vitest';
import { command, complaintRegistration, given } from '../testing/case-spec';

const consultation = complaintRegistration('2026-05-11T09:00:00+08:00', { kind: 'consultation' });

describe('answering a consultation', () => {
  it('when answered on the call, then the answer is on file and the case can be closed', () => {
    const answer = command('AnswerConsultation', { answer: '七日无理由退货适用于网购商品' }, '2026-05-11T09:03:00+08:00');
    const answered = given(consultation).when(answer).thenState();
    expect(answered).toMatchObject({ status: 'answered', answer: { text: '七日无理由退货适用于网购商品' } });
    expect(given(consultation, answer).when(command('CloseCase', {}, '2026-05-11T09:04:00+08:00')).thenState().status).toBe('closed');
  });

  it('given a consultation, when someone tries to mediate it, then it is an illegal transition', () => {
    given(consultation).when(command('StartMediation', {})).thenError('case/illegal-transition', { kind: 'consultation' });
  });
});
