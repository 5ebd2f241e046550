import * as z from 'zod';

/** A global position of the event log, as decimal text (it outgrows a JSON number). */
export const positionSchema = z.string().regex(/^\d{1,20}$/, 'a position is a whole number as text');

const civilDateOrNull = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable();

/** A case as the desks' queue shows it (the case list's item). */
export const feedCaseSchema = z.object({
  caseId: z.string(),
  caseNo: z.string(),
  status: z.string(),
  kind: z.string(),
  channel: z.string(),
  district: z.string(),
  stationId: z.string().nullable(),
  assigneeId: z.string().nullable(),
  category: z.string(),
  subject: z.string().nullable(),
  respondentName: z.string().nullable(),
  summary: z.string(),
  receivedAt: z.iso.datetime(),
  decidedAt: z.iso.datetime().nullable(),
  closedAt: z.iso.datetime().nullable(),
  deadlines: z.object({
    acceptBy: civilDateOrNull,
    mediateBy: civilDateOrNull,
    verifyBy: civilDateOrNull,
    notifyTerminationBy: civilDateOrNull,
    replyBy: z.iso.datetime().nullable(),
  }),
  nextDueOn: civilDateOrNull,
  overdue: z.boolean(),
  recoveredFen: z.number().int(),
  claimedAmountFen: z.number().int().nullable(),
  version: z.number().int().positive(),
  position: positionSchema,
});

/** `/desk` `case:registered` and `case:updated`: the case as it stands at `position`. */
export const caseMessageSchema = z.object({ position: positionSchema, case: feedCaseSchema });
export type CaseMessage = z.infer<typeof caseMessageSchema>;

/** `/desk` `deadline:warning` (one working day left) and `deadline:overdue` (the deadline has passed). */
export const deadlineMessageSchema = z.object({
  position: positionSchema,
  dueOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  case: feedCaseSchema,
});
export type DeadlineMessage = z.infer<typeof deadlineMessageSchema>;

export const rateSchema = z.object({ value: z.number().nullable(), numerator: z.number().int(), denominator: z.number().int() });

export const figuresSchema = z.object({
  received: z.number().int(),
  complaintsAndReports: z.number().int(),
  pushedFrom12345: z.number().int(),
  accepted: z.number().int(),
  notAccepted: z.number().int(),
  transferred: z.number().int(),
  acceptanceRate: rateSchema,
  onTimeAcceptanceRate: rateSchema,
  closed: z.number().int(),
  closureRate: rateSchema,
  onTimeClosureRate: rateSchema,
  mediationSuccessRate: rateSchema,
  recoveredFen: z.number(),
  satisfactionRate: rateSchema,
  medianHandlingWorkingDays: z.number().nullable(),
  open: z.number().int(),
  overdue: z.number().int(),
});

/** `/dashboard` `figures:snapshot` (on joining) and `figures:delta` (as the projections move). */
export const figuresMessageSchema = z.object({
  position: positionSchema.nullable(),
  district: z.string().nullable(),
  from: z.string(),
  to: z.string(),
  figures: figuresSchema,
});
export type FiguresMessage = z.infer<typeof figuresMessageSchema>;

/** What a screen sends when it connects: its token, and the last position it saw if it is reconnecting. */
export const feedHandshakeSchema = z.object({ token: z.string().min(1), since: positionSchema.optional() });

/** The events of each namespace, by name: the one list of what the feed says. */
export const FEED_EVENTS = {
  desk: { registered: 'case:registered', updated: 'case:updated', warning: 'deadline:warning', overdue: 'deadline:overdue' },
  dashboard: { snapshot: 'figures:snapshot', delta: 'figures:delta' },
} as const;
