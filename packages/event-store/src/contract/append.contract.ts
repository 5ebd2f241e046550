import { expect, it } from 'vitest';
import { IdempotencyConflict, WrongExpectedVersion } from '../errors';
import type { ExpectedRevision } from '../types';
import { events, isStrictlyIncreasing, newEvent, uniquePrefix } from './fixtures';
import type { ContractContext } from './harness';

export function appendContract(ctx: ContractContext): void {
  it('numbers revisions from 0 and returns the next expected revision and the last position', async () => {
    const stream = `${uniquePrefix()}case`;
    const first = await ctx.store.appendToStream(stream, events(2), { expectedRevision: 'no_stream' });
    const second = await ctx.store.appendToStream(stream, events(3), { expectedRevision: first.nextExpectedRevision });
    expect(first.nextExpectedRevision).toBe(1);
    expect(second.nextExpectedRevision).toBe(4);
    expect(second.position).toBeGreaterThan(first.position);
    const stored = await ctx.store.readStream(stream);
    expect(stored.map((e) => e.revision)).toEqual([0, 1, 2, 3, 4]);
    expect(stored[1]?.position).toBe(first.position);
    expect(stored[4]?.position).toBe(second.position);
    expect(isStrictlyIncreasing(stored.map((e) => e.position))).toBe(true);
    expect(await ctx.store.streamRevision(stream)).toBe(4);
  });

  it.each<[string, ExpectedRevision, boolean, boolean]>([
    ['no_stream', 'no_stream', true, false],
    ['stream_exists', 'stream_exists', false, true],
    ['any', 'any', true, true],
    ['a revision', 0, false, true],
  ])('expected revision %s: new stream %s, stream at 0 %s', async (_, expected, onNew, onExisting) => {
    const fresh = `${uniquePrefix()}case`;
    const existing = `${uniquePrefix()}case`;
    await ctx.store.appendToStream(existing, events(1), { expectedRevision: 'no_stream' });
    const attempt = (stream: string) => ctx.store.appendToStream(stream, events(1), { expectedRevision: expected });
    for (const [stream, allowed] of [[fresh, onNew], [existing, onExisting]] as const) {
      if (allowed) await expect(attempt(stream)).resolves.toBeDefined();
      else await expect(attempt(stream)).rejects.toBeInstanceOf(WrongExpectedVersion);
    }
  });

  it('refuses a stale expected revision with a typed error carrying expected and actual, and writes nothing', async () => {
    const stream = `${uniquePrefix()}case`;
    await ctx.store.appendToStream(stream, events(3), { expectedRevision: 'no_stream' });
    const error = await ctx.store.appendToStream(stream, events(2), { expectedRevision: 0 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WrongExpectedVersion);
    expect(error).toMatchObject({ name: 'WrongExpectedVersion', code: 'store/wrong-expected-version', streamName: stream, expected: 0, actual: 2 });
    expect(await ctx.store.readStream(stream)).toHaveLength(3);
  });

  it('lets exactly one of several concurrent appends with the same expected revision win', async () => {
    const stream = `${uniquePrefix()}case`;
    const { nextExpectedRevision } = await ctx.store.appendToStream(stream, events(1), { expectedRevision: 'no_stream' });
    const contenders = Array.from({ length: 8 }, () => events(2));
    const results = await Promise.allSettled(
      contenders.map((batch) => ctx.store.appendToStream(stream, batch, { expectedRevision: nextExpectedRevision })),
    );
    const winners = results.flatMap((r, i) => (r.status === 'fulfilled' ? [i] : []));
    expect(winners).toHaveLength(1);
    for (const r of results) if (r.status === 'rejected') expect(r.reason).toMatchObject({ code: 'store/wrong-expected-version', expected: 0, actual: 2 });
    const stored = await ctx.store.readStream(stream);
    expect(stored.map((e) => e.id)).toEqual([stored[0]?.id, ...contenders[winners[0] as number]!.map((e) => e.id)]);
  });

  it('settles concurrent appends to different streams independently (one failing sinks no other)', async () => {
    const prefix = uniquePrefix();
    const retried = events(2);
    await ctx.store.appendToStream(`${prefix}retried`, retried, { expectedRevision: 'no_stream' });
    await ctx.store.appendToStream(`${prefix}stale`, events(1), { expectedRevision: 'no_stream' });
    const outcomes = await Promise.allSettled([
      ...Array.from({ length: 6 }, (_, i) => ctx.store.appendToStream(`${prefix}fresh-${i}`, events(1 + (i % 3)), { expectedRevision: 'no_stream' })),
      ctx.store.appendToStream(`${prefix}stale`, events(1), { expectedRevision: 5 }),
      ctx.store.appendToStream(`${prefix}retried`, retried, { expectedRevision: 'no_stream' }),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual([...Array<string>(6).fill('fulfilled'), 'rejected', 'fulfilled']);
    expect(outcomes.slice(0, 6).map((o) => (o as PromiseFulfilledResult<{ nextExpectedRevision: number }>).value.nextExpectedRevision)).toEqual([0, 1, 2, 0, 1, 2]);
    expect(outcomes[7]).toMatchObject({ value: { nextExpectedRevision: 1 } });
    expect(await ctx.store.streamRevision(`${prefix}stale`)).toBe(0);
  });

  it('treats a retry of stored events as success reporting the original revision and position', async () => {
    const stream = `${uniquePrefix()}case`;
    const batch = events(2);
    const original = await ctx.store.appendToStream(stream, batch, { expectedRevision: 'no_stream' });
    await ctx.store.appendToStream(stream, events(1), { expectedRevision: 1 });
    expect(await ctx.store.appendToStream(stream, batch, { expectedRevision: 'no_stream' })).toEqual(original);
    expect(await ctx.store.appendToStream(stream, batch, { expectedRevision: 'any' })).toEqual(original);
    expect(await ctx.store.readStream(stream)).toHaveLength(3);
  });

  it('refuses an append that repeats only some stored events, and writes none of it', async () => {
    const stream = `${uniquePrefix()}case`;
    const [a, b] = events(2) as [ReturnType<typeof newEvent>, ReturnType<typeof newEvent>];
    await ctx.store.appendToStream(stream, [a, b], { expectedRevision: 'no_stream' });
    const error = await ctx.store.appendToStream(stream, [b, newEvent()], { expectedRevision: 0 }).catch((e: unknown) => e);
    // EventStoreDB reports this as a wrong expected version; the SQL adapters name it.
    expect([IdempotencyConflict, WrongExpectedVersion].some((type) => error instanceof type)).toBe(true);
    expect(await ctx.store.readStream(stream)).toHaveLength(2);
  });
}
