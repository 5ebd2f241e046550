import { creditCodeCheckChar } from '@hotline/contracts';
import type { Random } from './random';

/** GB 32100-2015 characters (no I, O, S, V, Z), in value order. */
const USCC_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
/** GB 11714-1997 organisation-code weights; its check character is 0-9 or X. */
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2] as const;

export type BusinessForm = 'company' | 'individual';

/**
 * A unified social credit code (统一社会信用代码) as the market regulator issues them since 2015:
 * `9` (registered by market supervision), `1` company or `2` individual business (个体工商户),
 * the division code, an organisation code `MA…` with its own GB 11714 check character, and the
 * GB 32100 check character the contracts verify.
 *
 * @example
 * creditCode(random, '420106', 'company') // e.g. '91420106MA4K3B7Q2X'
 */
export function creditCode(random: Random, divisionCode: string, form: BusinessForm): string {
  const body = `MA${random.pick(['4', '4', '7', '9'])}${Array.from({ length: 5 }, () => random.pick([...USCC_CHARS])).join('')}`;
  const first17 = `9${form === 'company' ? '1' : '2'}${divisionCode}${body}${organisationCheck(body)}`;
  return first17 + creditCodeCheckChar(first17);
}

/** GB 11714: 11 − (Σ value × weight mod 11); 10 is X, 11 is 0. Letters count from A = 10. */
function organisationCheck(body: string): string {
  const sum = [...body].reduce((total, char, i) => total + Number.parseInt(char, 36) * (ORG_WEIGHTS[i] as number), 0);
  const check = 11 - (sum % 11);
  return check === 10 ? 'X' : check === 11 ? '0' : String(check);
}
