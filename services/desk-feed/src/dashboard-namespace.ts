import { figuresDistrict } from '@hotline/access';
import { FEED_EVENTS, type FiguresMessage } from '@hotline/contracts';
import { shanghaiDateOf } from '@hotline/domain';
import { figuresFor, type ReadModelTables } from '@hotline/read-models';
import type { Kysely } from 'kysely';
import type { Namespace } from 'socket.io';
import { signedInOf } from './handshake';

/** At most this often a dashboard room hears new figures, however fast the projections move. */
export const FIGURES_EVERY_MS = 500;

/**
 * `/dashboard`: a manager's screen (their district) or an auditor's (all districts) gets the
 * year's figures so far on joining (`figures:snapshot`) and again as the projections move
 * (`figures:delta`), at most every {@link FIGURES_EVERY_MS} per district.
 */
export function dashboardFeed(namespace: Namespace, deps: { db: Kysely<ReadModelTables>; clock: () => Date }) {
  let position: bigint | undefined;
  /** The one timer of the next round of deltas; the batches before it fires share it. */
  let pending: NodeJS.Timeout | undefined;

  const figuresOf = async (district: string | undefined): Promise<FiguresMessage> => {
    const now = deps.clock();
    const today = shanghaiDateOf(now.toISOString())!;
    const tomorrow = new Date(Date.parse(`${today}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    const from = `${today.slice(0, 4)}-01-01`;
    const { figures } = await figuresFor(deps.db, { from, to: tomorrow, ...(district !== undefined && { district }) }, now);
    return { position: position?.toString() ?? null, district: district ?? null, from, to: tomorrow, figures };
  };
  const roomOf = (district: string | undefined) => (district === undefined ? 'figures:all' : `figures:${district}`);

  namespace.on('connection', async (socket) => {
    const { actor } = signedInOf(socket);
    let district: string | undefined;
    try {
      district = figuresDistrict(actor, undefined);
    } catch {
      socket.emit('feed:refused', { code: 'access/forbidden', message: `a ${actor.role} does not read the bureau's figures` });
      socket.disconnect(true);
      return;
    }
    await socket.join(roomOf(district));
    socket.emit(FEED_EVENTS.dashboard.snapshot, await figuresOf(district));
  });

  return {
    /** The figures moved to `at`: each watched district, on any instance, hears its new figures, coalesced. */
    async moved(at: bigint) {
      position = at;
      if (pending) return;
      const deliver = async () => {
        pending = undefined;
        // fetchSockets asks every instance sharing the bus, so a dashboard elsewhere is not forgotten;
        // with the bus down it fails, and this instance's own dashboards still hear their figures.
        const sockets = await namespace.fetchSockets().catch(() => namespace.local.fetchSockets());
        const watched = new Set(sockets.flatMap((socket) => [...socket.rooms]));
        for (const room of watched) {
          if (!room.startsWith('figures:')) continue;
          const district = room === 'figures:all' ? undefined : room.slice('figures:'.length);
          namespace.to(room).emit(FEED_EVENTS.dashboard.delta, await figuresOf(district));
        }
      };
      // A round that fails (the database away) is made up by the next batch's.
      pending = setTimeout(() => void deliver().catch(() => undefined), FIGURES_EVERY_MS);
    },
    stop() {
      clearTimeout(pending);
    },
  };
}
