import * as z from 'zod';
import { slug } from '../fields/ids';
import { civilDate, instant } from '../fields/instant';
import { caseKind, category, channel, oneOf } from '../fields/vocabulary';
import { periodInOrder } from './query-values';

export const STATS_GROUPINGS = ['day', 'week', 'month', 'quarter', 'district', 'station', 'channel', 'category'] as const;
export type StatsGrouping = (typeof STATS_GROUPINGS)[number];

/**
 * `GET /api/v1/stats?...`: the figures of a period [from, to) in Asia/Shanghai, optionally
 * narrowed and grouped. Rates are as of now unless `asOf` is given (DOMAIN.md, Figures).
 */
export const statsQuerySchema = z
  .strictObject({
    from: civilDate('from'),
    to: civilDate('to'),
    district: slug('district').optional(),
    station: slug('station').optional(),
    channel: channel().optional(),
    kind: caseKind().optional(),
    category: category().optional(),
    groupBy: oneOf('groupBy', STATS_GROUPINGS).optional(),
    asOf: instant('asOf').optional(),
  })
  .refine(...periodInOrder('from', 'to'));
export type StatsQuery = z.infer<typeof statsQuerySchema>;
