import { createChinaCalendar } from '@hotline/calendar';
import { createCaseDecider, isRegistered, type CaseCommand } from '@hotline/domain';
import { createPgliteEventStore, type EventStore } from '@hotline/event-store';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseAt, NoSuchMoment, readCase, toHistoryEntry } from './case-history';
import { handleCaseCommand } from './handle-command';

const decider = createCaseDecider({ calendar: createChinaCalendar() });
const actor = { id: 'med-1', role: 'mediator', stationId: 'zhongnan' } as const;
const at = (occurredAt: string) => ({ actor, now: '2026-09-01T00:00:00Z', occurredAt });
const life: [CaseCommand, string][] = [
  [
    {
      type: 'RegisterCase',
      data: {
        caseId: 'x', caseNo: '12315-20260803-000009', kind: 'complaint', channel: 'walk_in', district: 'wuchang',
        complainant: { name: '李娜', phone: '13900139000' }, respondent: { name: '某某餐馆' }, category: 'food_safety', summary: '食物变质',
      },
      metadata: at('2026-08-03T09:00:00+08:00'),
    },
    'r',
  ],
  [{ type: 'AcceptComplaint', data: {}, metadata: at('2026-08-04T09:00:00+08:00') }, 'a'],
  [{ type: 'AssignCase', data: { assigneeId: 'med-1' }, metadata: at('2026-08-04T10:00:00+08:00') }, 'b'],
];

describe('a case file read back', () => {
  let store: EventStore;
  const caseId = randomUUID();
  beforeAll(async () => {
    store = await createPgliteEventStore();
    for (const [i, [command, key]] of life.entries()) {
      await handleCaseCommand({ store, decider }, caseId, command, i, { correlationId: `c-${key}`, retryKey: key });
    }
  });
  afterAll(() => store.close());

  it('lists every event in order with its actor, times, version and position', async () => {
    const history = (await readCase(store, caseId)).map(toHistoryEntry);
    expect(history.map((h) => [h.version, h.type, h.command, h.correlationId])).toEqual([
      [1, 'CaseRegistered', 'RegisterCase', 'c-r'],
      [2, 'ComplaintAccepted', 'AcceptComplaint', 'c-a'],
      [3, 'CaseAssigned', 'AssignCase', 'c-b'],
    ]);
    expect(history[1]).toMatchObject({ actor, occurredAt: '2026-08-04T01:00:00.000Z', position: expect.stringMatching(/^\d+$/) });
    expect(Date.parse(history[0]?.recordedAt ?? '')).toBeGreaterThan(Date.parse('2026-01-01'));
    const positions = history.map((h) => BigInt(h.position));
    expect(positions).toEqual([...positions].sort((a, b) => (a < b ? -1 : 1)));
  });

  it('rebuilds the case as it stood at each version', async () => {
    const statuses = [];
    for (const version of [1, 2, 3]) {
      const { state } = await caseAt(store, caseId, { kind: 'version', version });
      statuses.push(state.status);
    }
    expect(statuses).toEqual(['registered', 'accepted', 'assigned']);
  });

  it('rebuilds the case as it stood at a business time', async () => {
    const { state, version } = await caseAt(store, caseId, { kind: 'instant', instant: '2026-08-04T09:30:00+08:00' });
    expect(version).toBe(2);
    expect(isRegistered(state) && state.deadlines.mediateBy).toBe('2026-10-08');
  });

  it('refuses a version past the last event and a time before the registration', async () => {
    await expect(caseAt(store, caseId, { kind: 'version', version: 4 })).rejects.toBeInstanceOf(NoSuchMoment);
    await expect(caseAt(store, caseId, { kind: 'instant', instant: '2026-08-01T00:00:00Z' })).rejects.toBeInstanceOf(NoSuchMoment);
    await expect(caseAt(store, randomUUID(), { kind: 'version', version: 1 })).rejects.toMatchObject({ code: 'case/no-such-moment' });
  });
});
