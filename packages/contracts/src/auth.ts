import * as z from 'zod';
import { fieldError } from './fields/field-error';
import { text } from './fields/text';

/**
 * `POST /api/v1/auth/login`. The password is taken exactly as typed: trimming it would change it.
 */
export const loginBodySchema = z.strictObject(
  {
    username: text('username', { max: 64 }),
    password: z
      .string({ error: fieldError('password', 'password must be a string') })
      .min(1, 'password must not be empty')
      .max(200, 'password must be at most 200 characters'),
  },
  { error: fieldError('body', 'the request body must be a JSON object') },
);
export type LoginBody = z.infer<typeof loginBodySchema>;
