import { expect, it } from 'vitest';
import type { RecordedEvent } from '../types';
import { events, isStrictlyIncreasing, mark, newEvent, readAllAfter, take, uniquePrefix } from './fixtures';
import type { ContractContext } from './harness';

export function subscriptionContract(ctx: ContractContext): void {
  it('catches up on stored events, then delivers new ones live', async () => {
    const prefix = uniquePrefix();
    const start = await mark(ctx.store);
    await ctx.store.appendToStream(`${prefix}a`, events(3), { expectedRevision: 'no_stream' });
    const subscription = ctx.store.subscribeToAll({ fromPosition: start, filter: { streamNamePrefix: prefix } });
    const received = take(subscription, 5);
    await new Promise((resolve) => setTimeout(resolve, 100));
    await ctx.store.appendToStream(`${prefix}a`, events(1), { expectedRevision: 2 });
    await ctx.store.appendToStream(`${prefix}b`, events(1), { expectedRevision: 'no_stream' });
    const got = await received;
    expect(got.map((e) => `${e.streamName.slice(prefix.length)}@${e.revision}`)).toEqual(['a@0', 'a@1', 'a@2', 'a@3', 'b@0']);
    expect(isStrictlyIncreasing(got.map((e) => e.position))).toBe(true);
  });

  it('delivers only streams with the filter prefix, and nothing at or before fromPosition', async () => {
    const prefix = uniquePrefix();
    const other = uniquePrefix();
    const start = await mark(ctx.store);
    const first = await ctx.store.appendToStream(`${prefix}case-1`, events(2), { expectedRevision: 'no_stream' });
    await ctx.store.appendToStream(`${other}case-1`, events(2), { expectedRevision: 'no_stream' });
    await ctx.store.appendToStream(`${prefix}case-2`, events(1), { expectedRevision: 'no_stream' });
    const fromStart = await take(ctx.store.subscribeToAll({ fromPosition: start, filter: { streamNamePrefix: prefix } }), 3);
    expect(fromStart.every((e) => e.streamName.startsWith(prefix))).toBe(true);
    const afterFirst = await take(ctx.store.subscribeToAll({ fromPosition: first.position, filter: { streamNamePrefix: prefix } }), 1);
    expect(afterFirst.map((e) => e.streamName)).toEqual([`${prefix}case-2`]);
  });

  it('stops iterating when closed', async () => {
    const subscription = ctx.store.subscribeToAll({ filter: { streamNamePrefix: uniquePrefix() } });
    const iteration = (async () => {
      for await (const event of subscription) return event;
      return 'ended';
    })();
    await new Promise((resolve) => setTimeout(resolve, 50));
    await subscription.close();
    expect(await iteration).toBe('ended');
  });

  it('delivers every event of concurrent appenders exactly once, in global order', async () => {
    const prefix = uniquePrefix();
    const start = await mark(ctx.store);
    const writers = 8;
    const perWriter = 25;
    const received = take(ctx.store.subscribeToAll({ fromPosition: start, filter: { streamNamePrefix: prefix } }), writers * perWriter, 20_000);
    await Promise.all(
      Array.from({ length: writers }, async (_, w) => {
        for (let i = 0; i < perWriter; i++) {
          const stream = `${prefix}case-${w}-${i % 5}`;
          await ctx.store.appendToStream(stream, [newEvent('CaseNoted', { w, i })], { expectedRevision: 'any' });
        }
      }),
    );
    const got: RecordedEvent[] = await received;
    expect(new Set(got.map((e) => e.id)).size).toBe(writers * perWriter);
    expect(isStrictlyIncreasing(got.map((e) => e.position))).toBe(true);
    expect(got).toEqual(await readAllAfter(ctx.store, start, prefix));
  });
}
