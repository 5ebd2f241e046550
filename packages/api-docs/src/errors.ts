import { errorEnvelopeSchema } from '@hotline/contracts';
import type { Examples } from './operation';

/** Every error answer, in one envelope: what docs/http-api.md's "Errors" maps, status by status. */
export const ERROR_ENVELOPE = { name: 'ErrorEnvelope', schema: errorEnvelopeSchema } as const;

/** The example of a 400, as the issues of a wrong phone number come back. */
const BAD_INPUT_EXAMPLES: Examples<typeof errorEnvelopeSchema> = {
  'a wrong phone number': {
    error: {
      code: 'input/invalid',
      message: 'the request body is invalid: complainant.phone',
      issues: [{ path: 'complainant.phone', message: 'phone must be an 11-digit mainland mobile number (1[3-9]xxxxxxxxx), a landline such as 027-87654321 (extension as 010-12345678-123) or a service number such as 400-123-4567' }],
    },
  },
};

/** The error answers the document names, by the component they are kept under. */
export const ERROR_ANSWERS = {
  BadInput: { description: 'The body, query or a path parameter does not fit its schema: `input/invalid`, an issue per field (or `input/malformed-json`).', examples: BAD_INPUT_EXAMPLES },
  Unauthenticated: { description: 'No valid credentials: `auth/unauthenticated` without a valid token, `integration/*` for a push unsigned, badly signed, stale or replayed.' },
  Forbidden: { description: '`access/forbidden`: the role, district or station may not do this (the role table).' },
  NotFound: { description: '`not-found` or `case/not-registered`: nothing by that id.' },
  Error: { description: 'Any other error, in the same envelope: see docs/http-api.md, "Errors" (409 conflicts, 413, 423, 428, 429 with `Retry-After`, 503).' },
} as const;

export type ErrorAnswer = keyof typeof ERROR_ANSWERS;
