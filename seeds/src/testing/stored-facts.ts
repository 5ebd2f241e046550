import { CASE_STREAM_PREFIX } from '@hotline/case-file';
import type { CaseKind, Channel, Satisfaction } from '@hotline/domain';
import type { EventStore, RecordedEvent } from '@hotline/event-store';
import type { CaseFacts, Happening } from '../figures';

/** Events of the case and the happening each is, for the figures. */
const HAPPENINGS: Readonly<Record<string, Exclude<Happening['what'], 'agreement' | 'followUp'>>> = {
  ComplaintAccepted: 'accepted',
  ComplaintNotAccepted: 'notAccepted',
  CaseTransferred: 'transferred',
  ReportVerified: 'verified',
  MediationTerminated: 'termination',
  CaseClosed: 'closed',
};

/**
 * The facts of every case in the store, read back from its events (not from the plan): a fold of
 * the whole `$all` order, for checking a load against the plan's ground truth.
 */
export async function storedFacts(store: EventStore): Promise<CaseFacts[]> {
  const streams = new Map<string, RecordedEvent[]>();
  let fromPosition: bigint | undefined;
  for (;;) {
    const page = await store.readAll({ ...(fromPosition !== undefined && { fromPosition }), maxCount: 1000 });
    if (page.length === 0) break;
    for (const event of page) {
      if (!event.streamName.startsWith(CASE_STREAM_PREFIX)) continue;
      const events = streams.get(event.streamName) ?? streams.set(event.streamName, []).get(event.streamName)!;
      events.push(event);
    }
    fromPosition = page.at(-1)?.position;
  }
  return [...streams.values()].map(factsOf);
}

function factsOf(events: readonly RecordedEvent[]): CaseFacts {
  const [registered, ...rest] = events;
  if (registered?.type !== 'CaseRegistered') throw new Error(`stream ${registered?.streamName} does not start with its registration`);
  const data = registered.data as { kind: CaseKind; channel: Channel; district: string; occurredAt: string };
  const happenings = rest.flatMap((event): Happening[] => {
    const at = event.data.occurredAt as string;
    if (event.type === 'AgreementReached') return [{ what: 'agreement', at, recoveredFen: event.data.recoveredFen as number }];
    if (event.type === 'FollowUpRecorded') return [{ what: 'followUp', at, satisfaction: event.data.satisfaction as Satisfaction }];
    const what = HAPPENINGS[event.type];
    return what ? [{ what, at }] : [];
  });
  return { district: data.district, kind: data.kind, channel: data.channel, receivedAt: data.occurredAt, happenings };
}
