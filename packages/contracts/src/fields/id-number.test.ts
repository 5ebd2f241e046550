import { describe, expect, it } from 'vitest';
import { idNumberCheckChar, idNumberSchema, isIdNumber } from './id-number';

describe('mainland ID number', () => {
  it.each(['11010519491231002X', '110101199003074477', '440308199901010012', '420106200002290012'])(
    'accepts %s',
    (id) => {
      expect(idNumberSchema.parse(id)).toBe(id);
    },
  );

  it('computes the X check character', () => {
    expect(idNumberCheckChar('11010519491231002')).toBe('X');
  });

  it('upper-cases a lowercase x', () => {
    expect(idNumberSchema.parse('11010519491231002x')).toBe('11010519491231002X');
  });

  it.each([
    ['110105194912310021', 'idNumber check character does not match (ISO 7064 MOD 11-2); please re-check the number'],
    ['110101199003074478', 'idNumber check character does not match (ISO 7064 MOD 11-2); please re-check the number'],
    ['11010519491331002X', 'idNumber contains an impossible birth date (digits 7–14 are YYYYMMDD)'],
    ['420106199902290010', 'idNumber contains an impossible birth date (digits 7–14 are YYYYMMDD)'],
    ['1101051949123100', 'idNumber must be 17 digits followed by a digit or X (18-digit resident ID)'],
    ['110105491231002', 'idNumber must be 17 digits followed by a digit or X (18-digit resident ID)'],
    ['X10105194912310021', 'idNumber must be 17 digits followed by a digit or X (18-digit resident ID)'],
  ])('refuses %s', (id, message) => {
    expect(idNumberSchema.safeParse(id).error?.issues[0]?.message).toBe(message);
  });

  it('isIdNumber agrees with the schema', () => {
    expect(isIdNumber('11010519491231002X')).toBe(true);
    expect(isIdNumber('110105194912310020')).toBe(false);
  });
});
