import { CaseError } from '../errors';
import type { Rulebook } from './rulebook';

/**
 * Undefined when `code` is on the rulebook's list, else the refusal naming the field and the
 * codes allowed: a code of another regulation (say Order 121's `party_ceased` on an Order 20
 * case) must not slip through because some rulebook knows it.
 */
export function unlistedGround<T extends string>(
  code: T,
  list: readonly T[],
  field: string,
  what: string,
  rulebook: Rulebook,
): CaseError | undefined {
  if (list.includes(code)) return undefined;
  return new CaseError('case/ground-not-in-rulebook', `${code} is not ${what} under ${rulebook.id}`, {
    field,
    allowed: list,
  });
}
