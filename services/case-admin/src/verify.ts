import { CASE_STREAM_PREFIX, verifyChain } from '@hotline/case-file';
import type { Command } from 'commander';
import { forEachConcurrently } from './support/concurrently';
import { showProgress } from './support/progress';
import { censusOf } from './support/log-census';
import { withStorage } from './support/storage';

/** Streams read at once: enough to keep PostgreSQL busy, few enough to leave the product its connections. */
const STREAMS_AT_ONCE = 4;

/** `verify`: every case stream's hash chain recomputed from its stored events. */
export function registerVerify(program: Command): void {
  program
    .command('verify')
    .description("recompute every case stream's hash chain and list the streams where it breaks (exit 1 if any)")
    .addHelpText('after', "\nEach event's hash covers its content and the hash before it (tamper evidence): an event\naltered, removed or reordered in the database breaks the chain from there on.")
    .action(async () => {
      const { streams, events, broken } = await withStorage([], async ({ store }) => {
        const { caseStreams } = await censusOf(store);
        const total = [...caseStreams.values()].reduce((sum, count) => sum + count, 0);
        const progress = showProgress('verifying', total);
        const found: string[] = [];
        let checked = 0;
        await forEachConcurrently([...caseStreams.keys()], STREAMS_AT_ONCE, async (stream) => {
          const recorded = await store.readStream(stream);
          const verdict = verifyChain(recorded);
          if (!verdict.verified) {
            const { version, eventId, reason } = verdict.brokenAt;
            found.push(`case ${stream.slice(CASE_STREAM_PREFIX.length)}: broken at version ${version} (event ${eventId}): ${reason}`);
          }
          progress.update((checked += recorded.length));
        });
        progress.done();
        return { streams: caseStreams.size, events: checked, broken: found.sort() };
      });
      const counted = `${streams.toLocaleString('en')} case streams (${events.toLocaleString('en')} events)`;
      if (broken.length === 0) {
        console.log(`verified ${counted}: every hash chain is intact`);
        return;
      }
      for (const line of broken) console.log(line);
      throw new Error(`${broken.length} of ${counted} have a broken hash chain`);
    });
}
