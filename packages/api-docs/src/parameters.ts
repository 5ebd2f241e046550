import { caseId as uuid, ifMatchSchema } from '@hotline/contracts';
import * as z from 'zod';

/** A path or header parameter: its contract, what it means, and an example of it. */
export interface Parameter {
  readonly schema: z.ZodType;
  readonly description: string;
  readonly example: unknown;
}

/**
 * Every `:param` the routers declare. The routers check each with a UUID schema (`caseId` of
 * the contracts is a UUID under a name); a route with a parameter not listed here fails the build.
 */
export const PATH_PARAMETERS: Readonly<Record<string, Parameter>> = {
  caseId: { schema: uuid('caseId'), description: 'the case', example: '3f1c2d4e-5a6b-4c7d-8e9f-0a1b2c3d4e5f' },
  userId: { schema: uuid('userId'), description: 'the account', example: '9b2e7c1a-4d5f-4e8a-9c3b-6f1d2e3a4b5c' },
  replyId: { schema: uuid('replyId'), description: 'the reply to 12345', example: 'c7d8e9f0-1a2b-4c3d-8e4f-5a6b7c8d9e0f' },
};

/** The request headers an operation may take besides its credentials. */
export const HEADER_PARAMETERS = {
  'If-Match': {
    schema: ifMatchSchema,
    description: 'The version the decision was made on, as the ETag of the case: instead of `expectedVersion` in the body (both must agree).',
    example: '"3"',
  },
  'Idempotency-Key': {
    // Any text: the server only derives ids from it, so it has no contract of its own.
    schema: z.string(),
    description: 'Makes a retry safe: the same person resending with the same key gets the first answer and nothing is written twice.',
    example: 'desk-7-20261123-0042',
  },
} as const satisfies Record<string, Parameter>;

export type HeaderName = keyof typeof HEADER_PARAMETERS;
