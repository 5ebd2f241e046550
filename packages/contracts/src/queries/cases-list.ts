import { CASE_STATUSES } from '@hotline/domain';
import * as z from 'zod';
import { slug } from '../fields/ids';
import { civilDate } from '../fields/instant';
import { text } from '../fields/text';
import { caseKind, channel, oneOf } from '../fields/vocabulary';
import { cursor, flag, pageLimit, periodInOrder } from './query-values';

/**
 * `GET /api/v1/cases?...`: the case list's filters and cursor pagination. Received dates are
 * civil dates in Asia/Shanghai, `receivedTo` excluded, like every period of the API.
 */
export const casesListQuerySchema = z
  .strictObject({
    status: oneOf('status', CASE_STATUSES).optional(),
    kind: caseKind().optional(),
    channel: channel().optional(),
    district: slug('district').optional(),
    station: slug('station').optional(),
    assignee: slug('assignee').optional(),
    overdue: flag('overdue').optional(),
    receivedFrom: civilDate('receivedFrom').optional(),
    receivedTo: civilDate('receivedTo').optional(),
    q: text('q', { max: 100 }).optional(),
    cursor: cursor().optional(),
    limit: pageLimit(),
  })
  .refine(...periodInOrder('receivedFrom', 'receivedTo'));
export type CasesListQuery = z.infer<typeof casesListQuerySchema>;
