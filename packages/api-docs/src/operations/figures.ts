import { periodReportQuerySchema, statsQuerySchema } from '@hotline/contracts';
import { input, type Operation } from '../operation';

/** The figures and the period report, from the read models. */
export const FIGURES_OPERATIONS: readonly Operation[] = [
  {
    method: 'get',
    path: '/api/v1/stats',
    operationId: 'getFigures',
    summary: 'The figures of a period',
    description: 'Over [from, to) in Asia/Shanghai, narrowed and grouped; rates as of now unless `asOf`. See docs/figures.md.',
    tag: 'figures',
    auth: 'bearer',
    query: input(statsQuerySchema, {
      'a year by month': { from: '2026-01-01', to: '2027-01-01', groupBy: 'month' },
      "a district's complaints, rates as of a day": { from: '2026-07-01', to: '2026-10-01', district: 'wuchang', kind: 'complaint', asOf: '2026-10-08T09:00:00+08:00' },
    }),
    answers: { 200: { description: 'The figures, and their groups when grouped.' } },
  },
  {
    method: 'get',
    path: '/api/v1/reports/period',
    operationId: 'getPeriodReport',
    summary: "The bureau's period report",
    description: 'JSON (the figures and the sentence), `format=text` (the sentence, in Chinese) or `format=csv` (a row per group, month by default).',
    tag: 'figures',
    auth: 'bearer',
    query: input(periodReportQuerySchema, {
      'the sentence of a half-year': { from: '2023-01-01', to: '2023-07-01', format: 'text' },
      'a CSV by quarter': { from: '2026-01-01', to: '2027-01-01', format: 'csv', groupBy: 'quarter' },
    }),
    answers: { 200: { description: 'The report, in the format asked for.', alsoAs: ['text/csv', 'text/plain'] } },
  },
];
