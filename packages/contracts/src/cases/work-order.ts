import * as z from 'zod';
import { fieldError } from '../fields/field-error';
import { slug } from '../fields/ids';
import { instant } from '../fields/instant';
import { moneyFen } from '../fields/money';
import { TEXT_LIMITS, text } from '../fields/text';
import { caseKind, category, subject } from '../fields/vocabulary';
import { citizenSchema, respondentSchema } from './parties';

const isObject = ({ value }: { value: unknown }) => typeof value === 'object' && value !== null;

/**
 * `POST /api/v1/integrations/12345/work-orders`: a work order (工单) pushed by the 12345 hotline.
 * Idempotent on `workOrderNo`; the reply deadline is the order's own.
 */
export const workOrderPushBodySchema = z
  .strictObject(
    {
      workOrderNo: text('workOrderNo', { max: 64 }),
      receivedAt: instant('receivedAt'),
      replyBy: instant('replyBy'),
      citizen: citizenSchema,
      respondent: respondentSchema,
      kind: caseKind(),
      category: category(),
      subject: subject().optional(),
      summary: text('summary', { max: TEXT_LIMITS.summary, multiline: true }),
      district: slug('district'),
      claimedAmountFen: moneyFen('claimedAmountFen').optional(),
    },
    { error: fieldError('body', 'the request body must be a JSON object') },
  )
  .refine(
    ({ receivedAt, replyBy }) =>
      // Only compare two well-typed times; a wrong one already has its own issue.
      typeof receivedAt !== 'string' || typeof replyBy !== 'string' || !(Date.parse(replyBy) <= Date.parse(receivedAt)),
    { path: ['replyBy'], message: 'replyBy must be later than receivedAt', when: isObject },
  );
export type WorkOrderPushBody = z.infer<typeof workOrderPushBodySchema>;
