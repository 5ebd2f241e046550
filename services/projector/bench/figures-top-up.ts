/**
 * Fills the figures projection up to a number of cases without going through the event store:
 * synthetic RecordedEvents are fed to the projection's own `apply`, in big batches, each in one
 * transaction, so the rows and the cube are written by the real code. Appending a million cases'
 * events would take the store longer than this whole benchmark.
 *
 * The cases are the nine June stories retold on every day of 2025 (the bench's own `retold`
 * keeps to 48 weeks): each story is decided once per day shift by the real decider, then copied
 * with a new case id, place, channel and category.
 */
import type { CaseEvent } from '@hotline/domain';
import { CATEGORIES, CHANNELS } from '@hotline/domain';
import type { RecordedEvent } from '@hotline/event-store';
import type { Projection } from '@hotline/read-models';
import { decideStory, juneCases } from '@hotline/read-models/testing';
import type { Kysely } from 'kysely';
import { randomUUID } from 'node:crypto';

export interface Place {
  readonly district: string;
  readonly stationId: string;
}

/** Day shifts from June 2026 back into 2025 (and its edges). */
const SHIFTS = Array.from({ length: 341 }, (_, k) => -(180 + k));
const stories = juneCases();
const decided = new Map<string, CaseEvent[]>();

/** A story's events at a day shift, decided once and reused for every copy. */
function lifeOf(story: number, shiftDays: number): CaseEvent[] {
  const key = `${story}/${shiftDays}`;
  let events = decided.get(key);
  if (!events) decided.set(key, (events = decideStory(stories[story]!, { shiftDays }).flat()));
  return events;
}

/** Case `i`: its events with a fresh case id, as the bench's `retold` varies place, channel and category. */
function syntheticCase(i: number, places: readonly Place[]): { caseId: string; events: CaseEvent[] } {
  const story = i % stories.length;
  const place = places[(i * 7) % places.length]!;
  const channel = CHANNELS[(i * 5) % CHANNELS.length] === 'transfer_12345' ? 'hotline_12315' : CHANNELS[(i * 5) % CHANNELS.length];
  const caseId = randomUUID();
  const events = lifeOf(story, SHIFTS[Math.floor(i / stories.length) % SHIFTS.length]!).map((event) => {
    if (event.type === 'CaseRegistered') {
      const keepChannel = stories[story]!.label.startsWith('C');
      return { ...event, data: { ...event.data, caseId, district: place.district, category: CATEGORIES[(i * 3) % CATEGORIES.length]!, ...(!keepChannel && { channel }) } };
    }
    if (event.type === 'ComplaintAccepted' && 'stationId' in event.data) return { ...event, data: { ...event.data, stationId: place.stationId } };
    return event;
  });
  return { caseId, events: events as CaseEvent[] };
}

/**
 * Applies `cases` synthetic cases to the figures projection's live tables, `perBatch` cases per
 * transaction. The projection writes through the logical names (the views over its live
 * generation, which PostgreSQL lets one insert into), and positions far past the log's.
 */
export async function topUpFigures(db: Kysely<any>, figures: Projection, places: readonly Place[], cases: number, perBatch = 2000): Promise<void> {
  const names = Object.fromEntries(figures.tables.map((table) => [table, table]));
  const recordedAt = new Date().toISOString();
  let position = 1n << 40n;
  for (let first = 0; first < cases; first += perBatch) {
    const batch: RecordedEvent[] = [];
    for (let i = first; i < Math.min(cases, first + perBatch); i++) {
      const { caseId, events } = syntheticCase(i, places);
      events.forEach((event, revision) =>
        batch.push({ id: `${caseId}/${revision}`, streamName: `case-${caseId}`, revision, position: ++position, type: event.type, data: event.data as never, metadata: {}, recordedAt }),
      );
    }
    await db.transaction().execute((trx) => figures.apply(trx, batch, names));
  }
}
