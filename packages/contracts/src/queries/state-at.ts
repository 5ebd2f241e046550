import * as z from 'zod';
import { fieldError } from '../fields/field-error';

const MESSAGE = 'at must be a positive case version such as 3 or an ISO-8601 instant such as 2026-04-15T09:30:00+08:00';
const VERSION = /^[1-9]\d{0,14}$/;
const instantFormat = z.iso.datetime({ offset: true });

/** Which state of a case to show: after a given number of events, or as it stood at an instant. */
export type StateAt = { readonly kind: 'version'; readonly version: number } | { readonly kind: 'instant'; readonly instant: string };

function readAt(raw: string | number): StateAt | undefined {
  if (typeof raw === 'number') return Number.isSafeInteger(raw) && raw >= 1 ? { kind: 'version', version: raw } : undefined;
  const value = raw.trim();
  if (VERSION.test(value)) return { kind: 'version', version: Number(value) };
  return instantFormat.safeParse(value).success ? { kind: 'instant', instant: value } : undefined;
}

/**
 * `GET /api/v1/cases/:caseId/state?at=...`.
 *
 * @example
 * stateAtQuerySchema.parse({ at: '3' }) // { at: { kind: 'version', version: 3 } }
 * stateAtQuerySchema.parse({ at: '2026-04-15T09:30:00+08:00' }) // { at: { kind: 'instant', instant: '2026-04-15T09:30:00+08:00' } }
 */
export const stateAtQuerySchema = z.strictObject({
  at: z.union([z.string(), z.number()], { error: fieldError('at', MESSAGE) }).transform((raw, ctx): StateAt => {
    const at = readAt(raw);
    if (at) return at;
    ctx.addIssue({ code: 'custom', message: MESSAGE });
    return z.NEVER;
  }),
});
export type StateAtQuery = z.infer<typeof stateAtQuerySchema>;
