import type * as z from 'zod';
import type { HeaderName } from './parameters';

/** The groups of operations, in the order the page shows them. */
export const TAGS = [
  { name: 'sign-in', description: 'A person signs in for a bearer token (8 hours).' },
  { name: 'cases', description: 'Registering cases, the case list, a case, its history, its past states and its hash chain.' },
  { name: 'case actions', description: 'The decisions on a case. One route, `/api/v1/cases/{caseId}/{action}`, shown per action with its body.' },
  { name: 'personal data', description: "Revealing and erasing a complainant's personal data, and the log of who read it." },
  { name: 'figures', description: 'The figures and the period report, from the read models.' },
  { name: '12345', description: 'The 12345 hotline: its signed work-order push, and the replies sent back to it.' },
  { name: 'users', description: "The admins' account management." },
  { name: 'operations', description: 'Probes for the orchestrator, and this document.' },
] as const;
export type Tag = (typeof TAGS)[number]['name'];

/**
 * Who may call an operation: a person's bearer token, the 12345 platform's HMAC signature, or
 * anyone (sign-in, the probes, this document).
 */
export type Auth = 'bearer' | 'hmac' | 'public';

/** Named examples of what a schema accepts; their shape is checked by the compiler, their refinements by the tests. */
export type Examples<S extends z.ZodType> = Readonly<Record<string, z.input<S>>>;

/** A body or a query string: its contract and at least one example of it. */
export interface Input {
  readonly schema: z.ZodType;
  readonly examples: Readonly<Record<string, unknown>>;
}

/** Binds examples to their schema, so an example that does not fit its contract's type fails to compile. */
export const input = <S extends z.ZodType>(schema: S, examples: Examples<S>): Input => ({ schema, examples });

/** A successful answer; `schema` (of the JSON) where packages/contracts has one. */
export interface Answer {
  readonly description: string;
  readonly schema?: z.ZodType;
  /** Other media types than JSON the operation can answer with, such as the period report's CSV. */
  readonly alsoAs?: readonly string[];
}

/** One operation of the API, as the document describes it. */
export interface Operation {
  readonly method: 'get' | 'post';
  /** As the router declares it (`/api/v1/cases/:caseId`); the document writes `{caseId}`. */
  readonly path: string;
  readonly operationId: string;
  readonly summary: string;
  readonly description?: string;
  readonly tag: Tag;
  readonly auth: Auth;
  readonly query?: Input;
  readonly body?: Input;
  readonly headers?: readonly HeaderName[];
  /** By status: 200, 201, and 503 for the readiness probe. Errors are added from the rest. */
  readonly answers: Readonly<Record<number, Answer>>;
}
