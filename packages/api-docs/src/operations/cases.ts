import {
  caseHistoryResponseSchema,
  casesListQuerySchema,
  personalDataReadsQuerySchema,
  personalDataReasonBodySchema,
  registerCaseBodySchema,
  registerCaseResponseSchema,
  stateAtQuerySchema,
} from '@hotline/contracts';
import { input, type Answer, type Operation } from '../operation';
import { CASE_ACTION_OPERATIONS } from './case-actions';

/** A read of one case: the role table decides whether the reader may see it. */
const readCase = (path: string, operationId: string, summary: string, answer: Answer): Operation => ({
  method: 'get',
  path: `/api/v1/cases/:caseId${path}`,
  operationId,
  summary,
  tag: 'cases',
  auth: 'bearer',
  answers: { 200: answer },
});

/** Registering, listing and reading cases, the decisions on them, and their complainants' personal data. */
export const CASE_OPERATIONS: readonly Operation[] = [
  {
    method: 'post',
    path: '/api/v1/cases',
    operationId: 'registerCase',
    summary: 'Register a consultation, complaint or report',
    description: 'Only a report may be anonymous, only a consultation may name no business. With an `Idempotency-Key` a retry answers the first registration.',
    tag: 'cases',
    auth: 'bearer',
    headers: ['Idempotency-Key'],
    body: input(registerCaseBodySchema, {
      complaint: {
        kind: 'complaint',
        channel: 'hotline_12315',
        district: 'wuchang',
        stationId: 'zhongnan',
        complainant: { name: '张伟', phone: '138 0013 8000', address: '武汉市武昌区中南路1号' },
        respondent: { name: '武汉某某电器有限公司', creditCode: '91350100M000100Y43' },
        category: 'quality',
        subject: 'goods_appliances',
        summary: '购买的冰箱三天后不制冷，商家拒绝退货',
        claimedAmountFen: 129900,
        occurredAt: '2026-07-30T10:12:00+08:00',
      },
      consultation: { kind: 'consultation', channel: 'hotline_12315', district: 'wuchang', complainant: { name: '李四', phone: '027-87654321' }, category: 'after_sales', summary: '询问网购商品七日无理由退货的条件' },
      'anonymous report': { kind: 'report', channel: 'web_12315', district: 'wuchang', respondent: { name: '武昌区某某超市', address: '武汉市武昌区中山路8号' }, category: 'food_safety', summary: '超市销售过期面包' },
    }),
    answers: { 201: { description: 'The new case, its number and its running deadlines.', schema: registerCaseResponseSchema } },
  },
  {
    method: 'get',
    path: '/api/v1/cases',
    operationId: 'listCases',
    summary: 'The case list, filtered and paged',
    description: '`{ cases, nextCursor }`, within what the reader may see; `q` finds a case number, business or summary, or a phone number.',
    tag: 'cases',
    auth: 'bearer',
    query: input(casesListQuerySchema, {
      "a station's accepted complaints": { status: 'accepted', kind: 'complaint', station: 'zhongnan', limit: 20 },
      "a caller's overdue cases": { q: '13800138000', overdue: true },
      'received in November': { receivedFrom: '2026-11-01', receivedTo: '2026-12-01' },
    }),
    answers: { 200: { description: 'A page of the case list.' } },
  },
  readCase('', 'getCase', 'A case now', { description: 'The case, its provisional deadlines and the actions the reader may take; its version is the `ETag`.' }),
  readCase('/history', 'getCaseHistory', "A case's history", { description: 'Every event of the case in order, with who, when and under which request.', schema: caseHistoryResponseSchema }),
  {
    ...readCase('/state', 'getCaseState', 'A case as it stood', { description: 'The case after its first `at` events, or with every event of business time not later than `at`.' }),
    query: input(stateAtQuerySchema, { 'after 3 events': { at: '3' }, 'at an instant': { at: '2026-04-15T09:30:00+08:00' } }),
  },
  ...CASE_ACTION_OPERATIONS,
  // After the actions: its path is the verify action's too, and the paths keep the order they are first met in.
  readCase('/verify', 'verifyCase', "Check a case's hash chain", { description: '`{ verified, events }`, and `brokenAt` at the first link that does not hold.' }),
  {
    method: 'post',
    path: '/api/v1/cases/:caseId/personal-data/reveal',
    operationId: 'revealPersonalData',
    summary: 'Reveal the complainant in clear',
    description: 'For managers and auditors, who see them masked; recorded with the reason before it is answered.',
    tag: 'personal data',
    auth: 'bearer',
    body: input(personalDataReasonBodySchema, { 'checking an identity': { reason: '核查投诉人身份' } }),
    answers: { 200: { description: '`{ caseId, complainant, personalDataView }`.' } },
  },
  {
    method: 'post',
    path: '/api/v1/cases/:caseId/personal-data/erasure',
    operationId: 'erasePersonalData',
    summary: "Erase the complainant's personal data",
    description: "Deletes the person's key: every case of theirs then shows `complainant: { erased: true }`. 409 `personal-data/none` for an anonymous report.",
    tag: 'personal data',
    auth: 'bearer',
    body: input(personalDataReasonBodySchema, { 'at their request': { reason: '投诉人依法申请删除其个人信息' } }),
    answers: { 200: { description: '`{ caseId, erasedAt, already }`.' } },
  },
  {
    method: 'get',
    path: '/api/v1/personal-data/reads',
    operationId: 'listPersonalDataReads',
    summary: 'Who read personal data',
    description: 'For auditors: the recorded reads, newest first; `before` is the previous page\'s `nextBefore`.',
    tag: 'personal data',
    auth: 'bearer',
    query: input(personalDataReadsQuerySchema, {
      'reads of a case': { caseId: '3f1c2d4e-5a6b-4c7d-8e9f-0a1b2c3d4e5f' },
      'one week, a page of 100': { from: '2026-11-16T00:00:00+08:00', to: '2026-11-23T00:00:00+08:00', limit: 100 },
    }),
    answers: { 200: { description: '`{ reads: [{ id, readAt, readerId, readerRole, caseId, purpose, view, reason }], nextBefore }`.' } },
  },
];
