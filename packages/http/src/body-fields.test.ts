import { CaseError } from '@hotline/domain';
import { describe, expect, it } from 'vitest';
import { inBodyTerms } from './body-fields';
import { HttpError } from './http-error';

describe('inBodyTerms', () => {
  it('answers a refusal about a renamed field under the name the body uses, keeping status, code and facts', () => {
    const refusal = new CaseError('case/ground-not-in-rulebook', 'party_ceased is not a ground under order-20', { field: 'ground', allowed: ['other_legal'] });
    const answered = inBodyTerms(refusal, { ground: 'reason' });
    expect(answered).toBeInstanceOf(HttpError);
    expect(answered).toMatchObject({
      status: 400,
      code: 'case/ground-not-in-rulebook',
      issues: [{ path: 'reason', message: 'party_ceased is not a ground under order-20' }],
      extra: { allowed: ['other_legal'] },
    });
  });

  it('leaves every other error as it is', () => {
    const sameName = new CaseError('case/invalid-time', 'occurredAt may not be in the future', { field: 'occurredAt' });
    const noField = new CaseError('case/illegal-transition', 'a closed complaint cannot take AcceptComplaint');
    const unknown = new Error('boom');
    expect(inBodyTerms(sameName, { ground: 'reason' })).toBe(sameName);
    expect(inBodyTerms(noField, { ground: 'reason' })).toBe(noField);
    expect(inBodyTerms(unknown, { ground: 'reason' })).toBe(unknown);
    expect(inBodyTerms(new CaseError('case/invalid-input', 'x', { field: 'constructor' }), {})).toBeInstanceOf(CaseError);
  });
});
