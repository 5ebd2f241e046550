import { FEED_EVENTS, type CaseMessage } from '@hotline/contracts';
import { shanghaiDateOf } from '@hotline/domain';
import { casesChangedSince, type CaseListItem, type ReadModelTables } from '@hotline/read-models';
import type { Kysely } from 'kysely';
import type { Namespace } from 'socket.io';
import { signedInOf } from './handshake';
import { deskRoomsOf, deskSees, roomsOfCase } from './rooms';

export interface DeskFeedDeps {
  readonly db: Kysely<ReadModelTables>;
  readonly clock: () => Date;
}

/** Cases read from the case list at a time. */
const PAGE = 1000;

const messageOf = (item: CaseListItem): [string, CaseMessage] => [
  item.version === 1 ? FEED_EVENTS.desk.registered : FEED_EVENTS.desk.updated,
  { position: item.position, case: item },
];

/**
 * `/desk`: each screen joins the rooms of its station and district and hears every change of a
 * case there, as the case stands after it (`case:registered` for a new case, else
 * `case:updated`). A screen reconnecting with `since` first gets what changed after that.
 *
 * Positions published so far and the rooms joined move together in synchronous code, so a change
 * reaches a reconnecting screen exactly once: by the replay (up to `published`) or live (after it).
 */
export function deskFeed(namespace: Namespace, deps: DeskFeedDeps) {
  const today = () => shanghaiDateOf(deps.clock().toISOString())!;
  let published: bigint | undefined;
  let running: Promise<void> | undefined;
  let again = false;

  namespace.on('connection', async (socket) => {
    const { actor, since } = signedInOf(socket);
    const rooms = deskRoomsOf(actor);
    if (!rooms) {
      socket.emit('feed:refused', { code: 'access/forbidden', message: `a ${actor.role} has no case feed` });
      socket.disconnect(true);
      return;
    }
    await socket.join(rooms);
    const upTo = published;
    if (since === undefined || socket.recovered) return;
    for await (const item of changedBetween(since, upTo, actor.role === 'auditor' ? undefined : actor.districtId!)) {
      if (deskSees(actor, item)) socket.emit(...messageOf(item));
    }
  });

  /** The cases changed after `from` up to `upTo` (no bound if undefined), as they stand now, oldest change first. */
  async function* changedBetween(from: bigint | undefined, upTo: bigint | undefined, district?: string) {
    while (upTo === undefined || from === undefined || from < upTo) {
      const page = await casesChangedSince(deps.db, from, today(), { limit: PAGE, ...(district !== undefined && { district }) });
      const inRange = page.filter((item) => upTo === undefined || BigInt(item.position) <= upTo);
      yield* inRange;
      if (page.length < PAGE || inRange.length < page.length) return;
      from = BigInt(page.at(-1)!.position);
    }
  }

  /** Sends every case changed since the last call to the rooms that see it. */
  async function publishChanges(): Promise<void> {
    for (;;) {
      const changed = await casesChangedSince(deps.db, published, today(), { limit: PAGE });
      for (const item of changed) namespace.to(roomsOfCase(item)).emit(...messageOf(item));
      if (changed.length > 0) published = BigInt(changed.at(-1)!.position);
      if (changed.length < PAGE) return;
    }
  }

  return {
    /** The position of the last change published (undefined: none yet, the case list was empty at start). */
    position: () => published,
    /**
     * Publishes again the changes after `after` up to `upTo`, as the cases stand now: those the
     * other instances' screens missed while the bus was down. A screen that heard one already
     * ignores it (it applies a case only at a newer version).
     */
    async republish(after: bigint | undefined, upTo: bigint | undefined) {
      if (upTo === undefined) return;
      for await (const item of changedBetween(after, upTo)) namespace.to(roomsOfCase(item)).emit(...messageOf(item));
    },
    /** Starts from the changes already in the read model (a screen asks for older ones with `since`). */
    async start() {
      const [latest] = await deps.db.selectFrom('case_list').select((eb) => eb.fn.max('position').as('position')).execute();
      published = latest?.position == null ? undefined : BigInt(latest.position as string);
    },
    /** Called when the case list has moved: one publication at a time, another right after if asked meanwhile. */
    publish(): Promise<void> {
      if (running) {
        again = true;
        return running;
      }
      running = (async () => {
        do {
          again = false;
          await publishChanges();
        } while (again);
      })().finally(() => (running = undefined));
      return running;
    },
  };
}
