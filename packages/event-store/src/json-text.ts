/**
 * Serialises event data strictly. JSON.stringify silently rewrites what JSON cannot hold
 * (NaN becomes null, a Date a string, a Map `{}`, a function disappears), so an event would
 * not read back as written; those are refused instead, as are strings PostgreSQL cannot
 * store (U+0000, unpaired surrogates). An `undefined` object property is the one exception:
 * it is omitted, as optional fields are.
 * @returns the JSON text, or a message naming the first offending path.
 */
export function toJsonText(value: unknown): { text: string } | { problem: string } {
  const problem = problemIn(value, new Set());
  return problem ? { problem: `$${problem.path.reverse().join('')} is ${problem.what}` } : { text: JSON.stringify(value) };
}

/** Path segments innermost first; built only on the way out of a failure, so the happy path allocates nothing. */
interface Problem {
  readonly path: string[];
  readonly what: string;
}

const UNSTORABLE = /\u0000|\p{Surrogate}/u;
const stringProblem = (text: string): Problem | undefined =>
  UNSTORABLE.test(text) ? { path: [], what: 'a string with U+0000 or an unpaired surrogate' } : undefined;

function problemIn(value: unknown, ancestors: Set<object>): Problem | undefined {
  switch (typeof value) {
    case 'string':
      return stringProblem(value);
    case 'boolean':
      return undefined;
    case 'number':
      return Number.isFinite(value) ? undefined : { path: [], what: String(value) };
    case 'object':
      return value === null ? undefined : problemInObject(value, ancestors);
    default:
      return { path: [], what: value === undefined ? 'undefined' : `a ${typeof value}` };
  }
}

function problemInObject(value: object, ancestors: Set<object>): Problem | undefined {
  if (ancestors.has(value)) return { path: [], what: 'a cycle' };
  ancestors.add(value);
  try {
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        const problem = problemIn(value[i], ancestors);
        if (problem) {
          problem.path.push(`[${i}]`);
          return problem;
        }
      }
      return undefined;
    }
    const proto: unknown = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) {
      return { path: [], what: `not a plain object (${(proto as { constructor?: { name?: string } }).constructor?.name})` };
    }
    for (const key of Object.keys(value)) {
      const item = (value as Record<string, unknown>)[key];
      const problem = item === undefined ? undefined : (stringProblem(key) ?? problemIn(item, ancestors));
      if (problem) {
        problem.path.push(`.${key}`);
        return problem;
      }
    }
    return undefined;
  } finally {
    ancestors.delete(value);
  }
}
