import { actorOf, figuresDistrict } from '@hotline/access';
import { periodReportQuerySchema, statsQuerySchema } from '@hotline/contracts';
import { validated } from '@hotline/http';
import { figuresCsv, figuresFor, periodSentence } from '@hotline/read-models';
import type { RequestHandler } from 'express';
import { readModelsOf, type ReadSideDeps } from './deps';

/** `GET /api/v1/stats`: the figures of a period, narrowed and grouped, rates as of now or `asOf`. */
export const statsRoute =
  (deps: ReadSideDeps): RequestHandler =>
  async (req, res) => {
    const actor = actorOf(res);
    const { asOf, district, ...query } = validated(statsQuerySchema, req.query, 'query');
    const inDistrict = figuresDistrict(actor, district);
    const filters = { ...query, ...(inDistrict !== undefined && { district: inDistrict }) };
    res.json(await figuresFor(readModelsOf(deps), filters, asOf ? new Date(asOf) : deps.clock()));
  };

/**
 * `GET /api/v1/reports/period`: the bureau's period report. JSON (the figures and the sentence),
 * `format=text` (the sentence, in Chinese), `format=csv` (one row per group, month by default).
 */
export const periodReportRoute =
  (deps: ReadSideDeps): RequestHandler =>
  async (req, res) => {
    const actor = actorOf(res);
    const { from, to, format, groupBy, district } = validated(periodReportQuerySchema, req.query, 'query');
    const inDistrict = figuresDistrict(actor, district);
    const rows = format === 'csv' ? (groupBy ?? 'month') : groupBy;
    const report = await figuresFor(
      readModelsOf(deps),
      { from, to, ...(inDistrict !== undefined && { district: inDistrict }), ...(rows && { groupBy: rows }) },
      deps.clock(),
    );
    const sentence = periodSentence(from, to, report.figures);
    if (format === 'text') {
      res.type('text/plain; charset=utf-8').send(`${sentence}\n`);
    } else if (format === 'csv') {
      res
        .type('text/csv; charset=utf-8')
        .attachment(`figures-${inDistrict ?? 'all'}-${from}-${to}.csv`)
        .send(figuresCsv(report.groups ?? [], report.figures));
    } else {
      res.json({ ...report, ...(inDistrict !== undefined && { district: inDistrict }), sentence });
    }
  };
