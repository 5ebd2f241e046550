import { parseOrIssues } from '@hotline/contracts';
import type * as z from 'zod';
import { badInput } from './http-error';

/**
 * The parsed value, or a 400 naming every field that is wrong.
 *
 * @example
 * const body = validated(registerCaseBodySchema, req.body, 'body');
 */
export function validated<S extends z.ZodType>(schema: S, input: unknown, where: 'body' | 'query' | 'params'): z.output<S> {
  const parsed = parseOrIssues(schema, input);
  if (parsed.ok) return parsed.value;
  const fields = parsed.issues.map((issue) => issue.path || where).join(', ');
  throw badInput(`the request ${where} is invalid: ${fields}`, parsed.issues);
}
