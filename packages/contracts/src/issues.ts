import type * as z from 'zod';
import type { Issue } from './responses';

const dotted = (path: readonly PropertyKey[]): string => path.map(String).join('.');

/**
 * The `issues` of the 400 envelope: one per problem, with a dotted path. An unknown key becomes
 * one issue at its own path, so a typo points at itself.
 *
 * @example
 * toIssues(registerCaseBodySchema.safeParse(body).error!)
 * // [{ path: 'complainant.phone', message: 'phone must be an 11-digit mainland mobile number ...' }]
 */
export function toIssues(error: z.ZodError): Issue[] {
  return error.issues.flatMap((issue): Issue[] =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({
          path: dotted([...issue.path, key]),
          message: `unknown field "${key}": check its spelling`,
        }))
      : [{ path: dotted(issue.path), message: issue.message }],
  );
}

export type ParseResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly issues: Issue[] };

/**
 * Parse without throwing, ready for the 400 envelope.
 *
 * @example
 * const parsed = parseOrIssues(CASE_ACTIONS.reject, req.body);
 * if (!parsed.ok) return res.status(400).json({ error: { code: 'input/invalid', message: 'invalid body', issues: parsed.issues } });
 */
export function parseOrIssues<S extends z.ZodType>(schema: S, input: unknown): ParseResult<z.output<S>> {
  const result = schema.safeParse(input);
  return result.success ? { ok: true, value: result.data } : { ok: false, issues: toIssues(result.error) };
}
