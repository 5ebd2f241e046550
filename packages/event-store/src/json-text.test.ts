import { describe, expect, it } from 'vitest';
import { toJsonText } from './json-text';

describe('toJsonText', () => {
  it('serialises plain JSON, keeping key order, and omits undefined properties like optional fields', () => {
    expect(toJsonText({ b: 1, a: [true, null, 'x'], c: undefined })).toEqual({ text: '{"b":1,"a":[true,null,"x"]}' });
  });

  it('accepts the same object twice (not a cycle)', () => {
    const shared = { fen: 100 };
    expect(toJsonText({ refund: shared, compensation: shared })).toHaveProperty('text');
  });

  it.each<[unknown, string]>([
    [{ a: { b: [1, Number.NaN] } }, '$.a.b[1] is NaN'],
    [{ amount: 10n }, '$.amount is a bigint'],
    [{ at: new Date(0) }, '$.at is not a plain object (Date)'],
    [{ tags: new Set() }, '$.tags is not a plain object (Set)'],
    [[undefined], '$[0] is undefined'],
    [undefined, '$ is undefined'],
    [{ note: 'a\u0000b' }, '$.note is a string with U+0000 or an unpaired surrogate'],
    [{ ['k\ud800']: 1 }, '$.k\ud800 is a string with U+0000 or an unpaired surrogate'],
  ])('names the first thing JSON cannot hold: %o', (value, problem) => {
    expect(toJsonText(value)).toEqual({ problem });
  });
});
