import { CASE_STREAM_PREFIX, caseAt } from '@hotline/case-file';
import { isRegistered } from '@hotline/domain';
import type { EventStore, RecordedEvent } from '@hotline/event-store';
import { isReplyTrigger, replyFor } from './build-reply';
import type { FoundReply } from './record-replies';

/**
 * The replies a page of the log calls for. Each is built from its case as it stood right after
 * the deciding event (read up to that event, never past it), so building it again after a crash
 * gives the same reply, and what happened to the case later does not leak into it.
 */
export async function repliesIn(store: EventStore, page: readonly RecordedEvent[]): Promise<FoundReply[]> {
  const found: FoundReply[] = [];
  for (const event of page) {
    if (!event.streamName.startsWith(CASE_STREAM_PREFIX) || !isReplyTrigger(event)) continue;
    const caseId = event.streamName.slice(CASE_STREAM_PREFIX.length);
    const { state } = await caseAt(store, caseId, { kind: 'version', version: event.revision + 1 });
    const reply = replyFor(event, state);
    if (reply && isRegistered(state)) found.push({ reply, district: state.district, position: event.position });
  }
  return found;
}
