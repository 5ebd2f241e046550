import { FEED_EVENTS, type DeadlineMessage } from '@hotline/contracts';
import { shanghaiDateOf, type WorkingDayCalendar } from '@hotline/domain';
import { casesDueBy, type ReadModelTables } from '@hotline/read-models';
import type { Kysely } from 'kysely';
import type { Namespace } from 'socket.io';
import { roomsOfCase } from './rooms';

/** How often the clock is checked against the running deadlines. */
export const DEADLINE_CHECK_MS = 60_000;

/**
 * Tells the desks when a case crosses a line: one working day before its running deadline
 * (`deadline:warning`) and the deadline itself (`deadline:overdue`, the day after it). Each
 * crossing once per process; the crossings already behind at start are taken as told (the case
 * list shows them as overdue anyway), so a restart does not repeat them.
 */
export function deadlineWatch(namespace: Namespace, deps: { db: Kysely<ReadModelTables>; clock: () => Date; calendar: WorkingDayCalendar }) {
  const told = new Set<string>();

  async function check(emit: boolean): Promise<void> {
    const today = shanghaiDateOf(deps.clock().toISOString())!;
    const lastWarnedDay = deps.calendar.addWorkingDays(today, 1);
    for (const item of await casesDueBy(deps.db, lastWarnedDay, today)) {
      const dueOn = item.nextDueOn!;
      const event = dueOn < today ? FEED_EVENTS.desk.overdue : FEED_EVENTS.desk.warning;
      const key = `${item.caseId}|${dueOn}|${event}`;
      if (told.has(key)) continue;
      told.add(key);
      if (emit) namespace.to(roomsOfCase(item)).emit(event, { position: item.position, dueOn, case: item } satisfies DeadlineMessage);
    }
  }

  let timer: NodeJS.Timeout | undefined;
  return {
    async start(everyMs = DEADLINE_CHECK_MS) {
      await check(false);
      timer = setInterval(() => void check(true).catch(() => undefined), everyMs);
      timer.unref();
    },
    /** Checks now (the timer does it every minute). */
    check: () => check(true),
    stop: () => clearInterval(timer),
  };
}
