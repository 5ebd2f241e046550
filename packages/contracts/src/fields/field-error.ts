import type * as z from 'zod';

/**
 * The `error` option of a field schema: "<name> is required" when the value is missing,
 * `otherwise` when it is present but wrong. Unknown keys keep zod's own issue, which
 * `toIssues` turns into one issue per key.
 */
export function fieldError(name: string, otherwise: string) {
  return (issue: z.core.$ZodRawIssue): string | undefined => {
    if (issue.code === 'unrecognized_keys') return undefined;
    return issue.input === undefined ? `${name} is required` : otherwise;
  };
}

/** A check and the message given when it fails. */
export type Rule<T> = readonly [ok: (value: T) => boolean, message: string];

/**
 * A refinement that reports only the first broken rule, so "张三1" is told about
 * the digit and not also about the character set it belongs to.
 */
export function firstBroken<T>(rules: readonly Rule<T>[]) {
  return (value: T, ctx: z.RefinementCtx<T>): void => {
    const broken = rules.find(([ok]) => !ok(value));
    if (broken) ctx.addIssue({ code: 'custom', message: broken[1] });
  };
}

/** Length as a person counts it, and as PostgreSQL's varchar(n) does: in code points. */
export const codePoints = (value: string): number => [...value].length;
