// The public surface of @hotline/contracts: zod schemas of every HTTP body, query and response.

// Field validators
export { personNameSchema } from './fields/person-name';
export { addressSchema, organisationNameSchema, text, TEXT_LIMITS, type TextOptions } from './fields/text';
export { phoneSchema, isPhoneNumber } from './fields/phone';
export { creditCodeSchema, creditCodeCheckChar, isCreditCode } from './fields/credit-code';
export { idNumberSchema, idNumberCheckChar, isIdNumber } from './fields/id-number';
export { moneyFen } from './fields/money';
export { instant, civilDate } from './fields/instant';
export { expectedVersionSchema, ifMatchSchema } from './fields/version';
export { caseId, slug } from './fields/ids';
export { oneOf } from './fields/vocabulary';

// Request bodies
export { loginBodySchema, type LoginBody } from './auth';
export { complainantSchema, citizenSchema, respondentSchema } from './cases/parties';
export { registerCaseBodySchema, type RegisterCaseBody } from './cases/register';
export { workOrderPushBodySchema, type WorkOrderPushBody } from './cases/work-order';
export {
  CASE_ACTIONS,
  CASE_ACTION_NAMES,
  isCaseAction,
  type CaseAction,
  type CaseActionBody,
} from './cases/actions';

// Queries
export { casesListQuerySchema, type CasesListQuery } from './queries/cases-list';
export { statsQuerySchema, STATS_GROUPINGS, type StatsQuery, type StatsGrouping } from './queries/stats';
export {
  periodReportQuerySchema,
  REPORT_FORMATS,
  type PeriodReportQuery,
  type ReportFormat,
} from './queries/period-report';
export { stateAtQuerySchema, type StateAtQuery, type StateAt } from './queries/state-at';
export {
  workOrderRepliesQuerySchema,
  WORK_ORDER_REPLY_STATUSES,
  type WorkOrderReplyStatus,
} from './queries/work-order-replies';
export { personalDataReasonBodySchema, personalDataReadsQuerySchema, type PersonalDataReadsQuery } from './personal-data';

// Responses
export {
  issueSchema,
  errorEnvelopeSchema,
  loginResponseSchema,
  deadlinesSchema,
  registerCaseResponseSchema,
  actionResultSchema,
  historyEntrySchema,
  caseHistoryResponseSchema,
  type Issue,
  type ErrorEnvelope,
  type LoginResponse,
  type RegisterCaseResponse,
  type ActionResult,
  type HistoryEntry,
  type CaseHistoryResponse,
} from './responses';

// Turning a ZodError into the 400 envelope
export { toIssues, parseOrIssues, type ParseResult } from './issues';

// The live feed's messages (socket.io)
export {
  positionSchema,
  feedCaseSchema,
  caseMessageSchema,
  deadlineMessageSchema,
  rateSchema,
  figuresSchema,
  figuresMessageSchema,
  feedHandshakeSchema,
  FEED_EVENTS,
  type CaseMessage,
  type DeadlineMessage,
  type FiguresMessage,
} from './feed/messages';
