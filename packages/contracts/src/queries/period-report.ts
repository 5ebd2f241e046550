import * as z from 'zod';
import { slug } from '../fields/ids';
import { civilDate } from '../fields/instant';
import { oneOf } from '../fields/vocabulary';
import { STATS_GROUPINGS } from './stats';
import { periodInOrder } from './query-values';

export const REPORT_FORMATS = ['json', 'csv', 'text'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** `GET /api/v1/reports/period?...`: the bureau's period report, as JSON, CSV or Chinese sentences. */
export const periodReportQuerySchema = z
  .strictObject({
    from: civilDate('from'),
    to: civilDate('to'),
    district: slug('district').optional(),
    format: oneOf('format', REPORT_FORMATS).default('json'),
    /** The rows of the CSV (default month) and the groups of the JSON; the sentence is of the whole period. */
    groupBy: oneOf('groupBy', STATS_GROUPINGS).optional(),
  })
  .refine(...periodInOrder('from', 'to'));
export type PeriodReportQuery = z.infer<typeof periodReportQuerySchema>;
