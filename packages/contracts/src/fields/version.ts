import * as z from 'zod';
import { fieldError } from './field-error';

const VERSION_MESSAGE =
  'expectedVersion must be a positive integer: the number of events in the case stream (a just-registered case is at version 1)';

/**
 * The version a write expects the case to be at (optimistic concurrency). The HTTP version is the
 * number of events in the case stream, so it starts at 1; the store adapters convert.
 *
 * @example
 * expectedVersionSchema.parse(3) // 3
 * expectedVersionSchema.safeParse(0).success // false
 */
export const expectedVersionSchema = z.int({ error: fieldError('expectedVersion', VERSION_MESSAGE) }).min(1, VERSION_MESSAGE);

/**
 * The `If-Match` header alternative to `expectedVersion`: `"3"`, `W/"3"` or a bare `3`, as a number.
 *
 * @example
 * ifMatchSchema.parse('"3"') // 3
 */
export const ifMatchSchema = z
  .string({ error: fieldError('If-Match', 'If-Match must be a case version such as "3"') })
  .trim()
  .regex(/^(?:W\/)?("?)[1-9]\d{0,14}\1$/, 'If-Match must be a case version such as "3" (the ETag of the case)')
  .transform((s) => Number(s.replace(/\D/g, '')));
