import * as z from 'zod';
import { CASE_KINDS } from '@hotline/domain';
import { fieldError } from '../fields/field-error';
import { caseId, slug } from '../fields/ids';
import { instant } from '../fields/instant';
import { moneyFen } from '../fields/money';
import { TEXT_LIMITS, text } from '../fields/text';
import { caseKind, category, channel, subject } from '../fields/vocabulary';
import { complainantSchema, respondentSchema } from './parties';

const NAMED_KINDS: readonly string[] = CASE_KINDS.filter((kind) => kind !== 'report');
const KINDS_AGAINST_A_BUSINESS: readonly string[] = CASE_KINDS.filter((kind) => kind !== 'consultation');

/**
 * `POST /api/v1/cases`: an operator registers a consultation, complaint or report.
 * Only a report may be anonymous (art. 37), so only a report may leave out the complainant;
 * only a consultation (a general question) may name no business.
 */
export const registerCaseBodySchema = z
  .strictObject(
    {
      kind: caseKind(),
      channel: channel(),
      district: slug('district'),
      stationId: slug('stationId').optional(),
      complainant: complainantSchema.optional(),
      respondent: respondentSchema.optional(),
      category: category(),
      subject: subject().optional(),
      summary: text('summary', { max: TEXT_LIMITS.summary, multiline: true }),
      claimedAmountFen: moneyFen('claimedAmountFen').optional(),
      occurredAt: instant('occurredAt').optional(),
      linkedCaseId: caseId('linkedCaseId').optional(),
      // The citizen an operator files for, when the caller is not the complainant (a name or reference).
      onBehalfOf: text('onBehalfOf', { max: 100 }).optional(),
    },
    { error: fieldError('body', 'the request body must be a JSON object') },
  )
  .refine((body) => !(NAMED_KINDS.includes(body.kind) && body.complainant === undefined), {
    path: ['complainant'],
    message: 'complainant is required for a consultation or complaint; only a report may be anonymous',
    // Also run when other fields are wrong, so the operator sees every problem at once.
    when: ({ value }) => typeof value === 'object' && value !== null,
  })
  .refine((body) => !(KINDS_AGAINST_A_BUSINESS.includes(body.kind) && body.respondent === undefined), {
    path: ['respondent'],
    message: 'respondent is required for a complaint or report; only a consultation may name no business',
    when: ({ value }) => typeof value === 'object' && value !== null,
  });
export type RegisterCaseBody = z.infer<typeof registerCaseBodySchema>;
