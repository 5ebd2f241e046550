import { describe, expect, it } from 'vitest';
import { creditCodeCheckChar, creditCodeSchema, isCreditCode } from './credit-code';

const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** GB 32100-2015 computed independently of the code under test. */
function withCheck(first17: string): string {
  const sum = [...first17].reduce((total, char, i) => total + CHARSET.indexOf(char) * (WEIGHTS[i] ?? 0), 0);
  const check = (31 - (sum % 31)) % 31;
  return first17 + CHARSET[check];
}

const KNOWN_GOOD = '91350100M000100Y43';

describe('unified social credit code', () => {
  it('the known-good example passes both the test oracle and the schema', () => {
    expect(withCheck(KNOWN_GOOD.slice(0, 17))).toBe(KNOWN_GOOD);
    expect(isCreditCode(KNOWN_GOOD)).toBe(true);
    expect(creditCodeSchema.parse(KNOWN_GOOD)).toBe(KNOWN_GOOD);
  });

  it.each(['91420100MA4K2XY70', '12100000400000012', '52420106MJ1234567', '91110000802100433'])(
    'accepts a constructed code from %s',
    (first17) => {
      const code = withCheck(first17);
      expect(creditCodeCheckChar(first17)).toBe(code.at(-1));
      expect(creditCodeSchema.parse(code)).toBe(code);
    },
  );

  it('upper-cases and trims input', () => {
    expect(creditCodeSchema.parse(' 91350100m000100y43 ')).toBe(KNOWN_GOOD);
  });

  it('maps a check value of 31 to "0"', () => {
    // '0' is only reached through 31 (sum divisible by 31). Position 8 has weight 17, coprime with 31,
    // so running its character through all 31 values hits that sum exactly once.
    const first17 = Array.from({ length: 31 }, (_, i) => `9142010${CHARSET[i]}MA4K2XY70`).find(
      (candidate) => withCheck(candidate).endsWith('0'),
    );
    expect(first17).toBeDefined();
    expect(isCreditCode(`${first17}0`)).toBe(true);
  });

  it('refuses a code with one digit flipped', () => {
    const flipped = `91350100M000200Y43`;
    expect(creditCodeSchema.safeParse(flipped).error?.issues[0]?.message).toBe(
      'creditCode check character does not match (GB 32100-2015); please re-check the code',
    );
  });

  it('refuses a wrong check character', () => {
    expect(isCreditCode('91350100M000100Y44')).toBe(false);
  });

  it.each([
    ['91350100M000100Y4', 'creditCode must be 18 characters (统一社会信用代码)'],
    ['91350100M000100Y433', 'creditCode must be 18 characters (统一社会信用代码)'],
    ['91350100I000100Y43', 'creditCode may contain only digits and the letters A-H, J-N, P-R, T, U, W-Y (no I, O, S, V, Z)'],
    ['91350100O000100Y43', 'creditCode may contain only digits and the letters A-H, J-N, P-R, T, U, W-Y (no I, O, S, V, Z)'],
    [913501, 'creditCode must be a string of 18 characters'],
  ])('refuses %j', (input, message) => {
    expect(creditCodeSchema.safeParse(input).error?.issues[0]?.message).toBe(message);
  });
});
