import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, complaintBody, expectError, streamOf, userIdOf, type Username } from './support/cases';
import { databases, openHotline, type Hotline } from './support/hotline';

/** One step of the case's life: who does it, with which correlation id, and the status it leaves. */
interface Step {
  readonly type: string;
  readonly by: Username;
  readonly action?: string;
  readonly body: Record<string, unknown>;
  readonly status: string;
}

const STEPS: readonly Step[] = [
  { type: 'CaseRegistered', by: 'operator', body: complaintBody({ occurredAt: '2026-10-08T09:12:00+08:00' }), status: 'registered' },
  { type: 'ComplaintAccepted', by: 'manager', action: 'accept', body: { occurredAt: '2026-10-09T10:00:00+08:00' }, status: 'accepted' },
  { type: 'CaseAssigned', by: 'manager', action: 'assign', body: { assigneeId: 'mediator', occurredAt: '2026-10-09T10:05:00+08:00' }, status: 'assigned' },
  { type: 'MediationStarted', by: 'mediator', action: 'start-mediation', body: { occurredAt: '2026-10-10T09:00:00+08:00' }, status: 'mediating' },
  { type: 'MediationSuspended', by: 'mediator', action: 'suspend', body: { reason: 'testing_or_appraisal', note: '送检测机构鉴定屏幕故障原因', occurredAt: '2026-10-10T11:00:00+08:00' }, status: 'suspended' },
  { type: 'MediationResumed', by: 'mediator', action: 'resume', body: { occurredAt: '2026-10-20T09:00:00+08:00' }, status: 'mediating' },
  { type: 'AgreementReached', by: 'mediator', action: 'record-agreement', body: { refundFen: 459_900, compensationFen: 0, terms: '鉴定为产品质量问题，商家全额退款', occurredAt: '2026-10-20T15:00:00+08:00' }, status: 'agreed' },
  { type: 'CaseClosed', by: 'mediator', action: 'close', body: { occurredAt: '2026-10-21T09:00:00+08:00' }, status: 'closed' },
];

describe.each(databases)('history and the case at any past moment, on $name', (database) => {
  let hotline: Hotline;
  let caseId: string;
  let auditor: string;
  beforeAll(async () => {
    hotline = await openHotline(database);
    auditor = await bearer(hotline, 'auditor');
    for (const [i, step] of STEPS.entries()) {
      const url = step.action ? `/api/v1/cases/${caseId}/${step.action}` : '/api/v1/cases';
      let call = hotline.request.post(url).set('Authorization', await bearer(hotline, step.by)).set('X-Correlation-Id', `history-story-${i + 1}`);
      if (step.action) call = call.set('If-Match', `"${i}"`);
      const response = await call.send(step.body);
      expect(response.status, `${step.type}: ${JSON.stringify(response.body)}`).toBe(step.action ? 200 : 201);
      // The id the caller sent comes back, so a support ticket can quote it.
      expect(response.headers['x-correlation-id']).toBe(`history-story-${i + 1}`);
      caseId ??= response.body.caseId;
    }
  });
  afterAll(() => hotline.close());

  it('GET /history lists every event in order with its type, actor, times, version, position and correlation id', async () => {
    const response = await hotline.request.get(`/api/v1/cases/${caseId}/history`).set('Authorization', auditor);
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    expect(response.headers.etag).toBe(`"${STEPS.length}"`);
    expect(response.body).toMatchObject({ caseId, version: STEPS.length });
    const entries = response.body.events as Record<string, unknown>[];
    expect(entries).toHaveLength(STEPS.length);

    const stored = await streamOf(hotline, caseId);
    let previousPosition = -1n;
    let previousRecordedAt = 0;
    for (const [i, step] of STEPS.entries()) {
      const entry = entries[i] as Record<string, unknown>;
      expect(entry).toMatchObject({
        version: i + 1,
        type: step.type,
        actor: { id: userIdOf(await hotline.tokenOf(step.by)), role: step.by },
        correlationId: `history-story-${i + 1}`,
        occurredAt: new Date(step.body.occurredAt as string).toISOString(),
        position: stored[i]?.position.toString(),
      });
      expect(entry.data).toMatchObject({ occurredAt: entry.occurredAt });
      expect(entry.position).toMatch(/^\d+$/);
      expect(BigInt(entry.position as string)).toBeGreaterThan(previousPosition);
      previousPosition = BigInt(entry.position as string);
      expect(entry.recordedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/);
      expect(Date.parse(entry.recordedAt as string)).toBeGreaterThanOrEqual(previousRecordedAt);
      previousRecordedAt = Date.parse(entry.recordedAt as string);
    }
    // The correlation id is stored with the event, not only echoed.
    expect(stored.map((event) => event.metadata.correlationId)).toEqual(STEPS.map((_, i) => `history-story-${i + 1}`));
    expect(entries[4]?.data).toMatchObject({ reason: 'testing_or_appraisal', note: '送检测机构鉴定屏幕故障原因' });
  });

  it('GET /state?at=k shows the status after k events, for every k', async () => {
    for (const [i, step] of STEPS.entries()) {
      const response = await hotline.request.get(`/api/v1/cases/${caseId}/state`).query({ at: i + 1 }).set('Authorization', auditor);
      expect(response.status, JSON.stringify(response.body)).toBe(200);
      expect(response.body).toMatchObject({ caseId, version: i + 1, at: { kind: 'version', version: i + 1 }, case: { status: step.status, version: i + 1 } });
    }
    // The mediation clock: 60 days from acceptance, standing still while suspended, moved by the 10 days it stood.
    const deadlinesAt = async (at: number) =>
      (await hotline.request.get(`/api/v1/cases/${caseId}/state?at=${at}`).set('Authorization', auditor)).body.case.deadlines as Record<string, string>;
    expect(await deadlinesAt(4)).toEqual({ acceptBy: '2026-10-16', mediateBy: '2026-12-08' });
    expect(await deadlinesAt(5)).toEqual({ acceptBy: '2026-10-16' });
    expect(await deadlinesAt(6)).toEqual({ acceptBy: '2026-10-16', mediateBy: '2026-12-18' });
    const suspended = await hotline.request.get(`/api/v1/cases/${caseId}/state?at=5`).set('Authorization', auditor);
    expect(suspended.body.case).toMatchObject({ mediation: { suspended: { reason: 'testing_or_appraisal' } } });
    expect(suspended.body.case).not.toHaveProperty('agreement');
  });

  it('GET /state?at=<instant> between two events shows the earlier one; at an event\'s own time, that event', async () => {
    for (const [i, step] of STEPS.entries()) {
      const at = Date.parse(step.body.occurredAt as string);
      const next = STEPS[i + 1];
      const between = next ? new Date((at + Date.parse(next.body.occurredAt as string)) / 2) : new Date(at + 3_600_000);
      for (const instant of [new Date(at), between]) {
        const response = await hotline.request.get(`/api/v1/cases/${caseId}/state`).query({ at: instant.toISOString() }).set('Authorization', auditor);
        expect(response.status, JSON.stringify(response.body)).toBe(200);
        expect(response.body).toMatchObject({ version: i + 1, case: { status: step.status } });
      }
    }
    // An offset other than Z reads the same moment.
    const beijing = await hotline.request.get(`/api/v1/cases/${caseId}/state`).query({ at: '2026-10-15T12:00:00+08:00' }).set('Authorization', auditor);
    expect(beijing.body).toMatchObject({ version: 5, case: { status: 'suspended' } });
  });

  it('there is no version 0, no version past the last event, and no state before registration', async () => {
    const stateAt = (at: string) => hotline.request.get(`/api/v1/cases/${caseId}/state`).query({ at }).set('Authorization', auditor);
    expectError(await stateAt('0'), 400, 'input/invalid', ['at']);
    expectError(await stateAt(String(STEPS.length + 1)), 404, 'case/no-such-moment');
    expectError(await stateAt('2026-10-08T09:11:59+08:00'), 404, 'case/no-such-moment');
    expect(await streamOf(hotline, caseId)).toHaveLength(STEPS.length);
  });
});
