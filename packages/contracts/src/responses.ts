import * as z from 'zod';
import { caseId, slug } from './fields/ids';
import { civilDate, instant } from './fields/instant';
import { role } from './fields/vocabulary';

// Responses are plain (not strict) objects: a client built today should still read a response
// that gains a field tomorrow.

const version = z.int().min(1);

/** One field-level problem: `path` is dotted ('complainant.phone'), '' for the body itself. */
export const issueSchema = z.object({ path: z.string(), message: z.string() });
export type Issue = z.infer<typeof issueSchema>;

/**
 * Every error response: 400 `input/invalid` with issues, 401, 403, 404, 409 `store/wrong-expected-version`, ...
 *
 * @example
 * { error: { code: 'input/invalid', message: 'the request is invalid', issues: [{ path: 'complainant.phone', message: '...' }] } }
 */
export const errorEnvelopeSchema = z.object({
  error: z.object({ code: z.string().min(1), message: z.string(), issues: z.array(issueSchema).optional() }),
});
export type ErrorEnvelope = z.infer<typeof errorEnvelopeSchema>;

/** `POST /api/v1/auth/login` */
export const loginResponseSchema = z.object({ token: z.string().min(1) });
export type LoginResponse = z.infer<typeof loginResponseSchema>;

/** The running statutory deadlines: last days (Asia/Shanghai); a 12345 reply may be due at an instant. */
export const deadlinesSchema = z.object({
  acceptBy: civilDate('acceptBy').optional(),
  mediateBy: civilDate('mediateBy').optional(),
  verifyBy: civilDate('verifyBy').optional(),
  replyBy: z.union([civilDate('replyBy'), instant('replyBy')]).optional(),
  notifyTerminationBy: civilDate('notifyTerminationBy').optional(),
});

/** `POST /api/v1/cases` and the 12345 work-order push. */
export const registerCaseResponseSchema = z.object({
  caseId: caseId('caseId'),
  caseNo: z.string().min(1),
  version,
  deadlines: deadlinesSchema,
  /** Deadlines counted in a year whose holiday notice is not out yet: show them as provisional. */
  provisionalDeadlines: z.array(deadlinesSchema.keyof()),
});
export type RegisterCaseResponse = z.infer<typeof registerCaseResponseSchema>;

/** Every `POST /api/v1/cases/:caseId/<action>`: the case's new version. */
export const actionResultSchema = z.object({ caseId: caseId('caseId'), version });
export type ActionResult = z.infer<typeof actionResultSchema>;

/**
 * One event of `GET /api/v1/cases/:caseId/history`. `position` is the global position, a bigint
 * serialised as a decimal string because JSON numbers lose precision past 2^53.
 */
export const historyEntrySchema = z.object({
  version,
  position: z.string().regex(/^\d+$/, 'position must be a decimal string (a serialised bigint)'),
  type: z.string().min(1),
  data: z.record(z.string(), z.unknown()),
  actor: z.object({
    id: z.string().min(1),
    role: role(),
    stationId: slug('stationId').optional(),
    districtId: slug('districtId').optional(),
  }),
  onBehalfOf: z.string().min(1).optional(),
  occurredAt: instant('occurredAt'),
  recordedAt: instant('recordedAt'),
  correlationId: z.string().min(1),
});
export type HistoryEntry = z.infer<typeof historyEntrySchema>;

/** `GET /api/v1/cases/:caseId/history`: every event of the case, in stream order. */
export const caseHistoryResponseSchema = z.object({
  caseId: caseId('caseId'),
  version: z.int().min(0),
  events: z.array(historyEntrySchema),
});
export type CaseHistoryResponse = z.infer<typeof caseHistoryResponseSchema>;
