import { CASE_KINDS, CHANNELS, REJECTION_GROUNDS, TERMINATION_GROUNDS } from '@hotline/domain';
import { describe, expect, it } from 'vitest';
import { caseKind, channel, oneOf, rejectionGround, terminationGround } from './vocabulary';

describe('vocabulary fields', () => {
  it('accept every word the domain knows', () => {
    for (const kind of CASE_KINDS) expect(caseKind().parse(kind)).toBe(kind);
    for (const each of CHANNELS) expect(channel().parse(each)).toBe(each);
    for (const ground of REJECTION_GROUNDS) expect(rejectionGround().parse(ground)).toBe(ground);
    for (const ground of TERMINATION_GROUNDS) expect(terminationGround().parse(ground)).toBe(ground);
  });

  it('list the allowed words when refusing one', () => {
    expect(caseKind().safeParse('compliant').error?.issues[0]?.message).toBe(
      'kind must be one of consultation, complaint, report',
    );
  });

  it('say a missing word is required', () => {
    expect(oneOf('format', ['json', 'csv']).safeParse(undefined).error?.issues[0]?.message).toBe('format is required');
  });
});
