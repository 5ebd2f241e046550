import { actorOf, authorizeCaseReader } from '@hotline/access';
import { CASE_STREAM_PREFIX } from '@hotline/case-file';
import type { RequestHandler } from 'express';
import type { CaseworkDeps } from './deps';

const PAGE = 1000;
const LIMIT = 50;

/**
 * `GET /api/v1/cases`, for now: the latest registrations of the reader's district, found by
 * scanning the global log. It reads every event, so it stands in only until the case-list read
 * model (issue 5) brings filters and cursor pagination.
 */
export const caseListRoute =
  (deps: CaseworkDeps): RequestHandler =>
  async (_req, res) => {
    const actor = actorOf(res);
    authorizeCaseReader(actor);
    const latest: { caseId: string; caseNo: unknown; kind: unknown; district: unknown; receivedAt: unknown }[] = [];
    for (let from: bigint | undefined; ; ) {
      const page = await deps.store.readAll({ ...(from !== undefined && { fromPosition: from }), maxCount: PAGE });
      for (const event of page) {
        if (event.type !== 'CaseRegistered' || !event.streamName.startsWith(CASE_STREAM_PREFIX)) continue;
        if (actor.role !== 'auditor' && event.data.district !== actor.districtId) continue;
        const { caseNo, kind, district, occurredAt } = event.data;
        latest.push({ caseId: event.streamName.slice(CASE_STREAM_PREFIX.length), caseNo, kind, district, receivedAt: occurredAt });
      }
      if (page.length < PAGE) break;
      from = page.at(-1)?.position;
    }
    res.json({ cases: latest.reverse().slice(0, LIMIT) });
  };
