import { expect, it } from 'vitest';
import { caseMetadata, events, isStrictlyIncreasing, mark, newEvent, readAllAfter, uniquePrefix } from './fixtures';
import type { ContractContext } from './harness';

export function readContract(ctx: ContractContext): void {
  const streamOf = async (count: number) => {
    const stream = `${uniquePrefix()}case`;
    await ctx.store.appendToStream(stream, events(count), { expectedRevision: 'no_stream' });
    return stream;
  };
  const revisionsOf = (list: { revision: number }[]) => list.map((e) => e.revision);

  it('reads a stream forwards and backwards, from a revision, up to maxCount', async () => {
    const stream = await streamOf(6);
    expect(revisionsOf(await ctx.store.readStream(stream))).toEqual([0, 1, 2, 3, 4, 5]);
    expect(revisionsOf(await ctx.store.readStream(stream, { fromRevision: 2, maxCount: 3 }))).toEqual([2, 3, 4]);
    expect(revisionsOf(await ctx.store.readStream(stream, { direction: 'backwards' }))).toEqual([5, 4, 3, 2, 1, 0]);
    expect(revisionsOf(await ctx.store.readStream(stream, { direction: 'backwards', fromRevision: 3, maxCount: 2 }))).toEqual([3, 2]);
    expect(revisionsOf(await ctx.store.readStream(stream, { direction: 'backwards', maxCount: 1 }))).toEqual([5]);
    expect(await ctx.store.readStream(stream, { fromRevision: 6 })).toEqual([]);
    expect(await ctx.store.readStream(stream, { maxCount: 0 })).toEqual([]);
  });

  it('reads a stream as of a revision without what came after', async () => {
    const stream = await streamOf(5);
    const asOf2 = await ctx.store.readStream(stream, { fromRevision: 0, maxCount: 2 + 1 });
    expect(revisionsOf(asOf2)).toEqual([0, 1, 2]);
    expect(asOf2.map((e) => e.data)).toEqual([{ n: 0 }, { n: 1 }, { n: 2 }]);
  });

  it("reads a missing stream as an empty list and its revision as 'no_stream'", async () => {
    const stream = `${uniquePrefix()}missing`;
    expect(await ctx.store.readStream(stream)).toEqual([]);
    expect(await ctx.store.readStream(stream, { direction: 'backwards' })).toEqual([]);
    expect(await ctx.store.streamRevision(stream)).toBe('no_stream');
  });

  it('stores data and metadata unchanged and stamps recordedAt from its own clock', async () => {
    const stream = `${uniquePrefix()}case`;
    const metadata = caseMetadata();
    const data = { caseId: stream, consumer: { name: '张三', phone: '138****0000' }, amounts: [0, -1, 1.5, 1e21], empty: {}, list: [] };
    const appended = newEvent('CaseRegistered', data, metadata);
    await ctx.store.appendToStream(stream, [appended, newEvent('CaseNoted')], { expectedRevision: 'no_stream' });
    const [read, withoutMetadata] = await ctx.store.readStream(stream);
    expect(read).toMatchObject({ id: appended.id, streamName: stream, revision: 0, type: 'CaseRegistered', data, metadata });
    expect(JSON.stringify(read?.metadata)).toBe(JSON.stringify(metadata));
    expect(withoutMetadata?.metadata).toEqual({});
    expect(read?.recordedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    // Not the client's occurredAt (2020) but the store's now.
    expect(Math.abs(Date.parse(read?.recordedAt ?? '') - Date.now())).toBeLessThan(10 * 60_000);
  });

  it('reads all streams in global order, page by page, fromPosition exclusive', async () => {
    const prefix = uniquePrefix();
    const start = await mark(ctx.store);
    for (const [i, stream] of ['a', 'b', 'a', 'c', 'b'].entries()) {
      await ctx.store.appendToStream(`${prefix}${stream}`, [newEvent('CaseNoted', { i })], { expectedRevision: 'any' });
    }
    const everything = await readAllAfter(ctx.store, start, prefix, 1000);
    expect(everything.map((e) => e.data)).toEqual([0, 1, 2, 3, 4].map((i) => ({ i })));
    expect(isStrictlyIncreasing(everything.map((e) => e.position))).toBe(true);
    const paged = await readAllAfter(ctx.store, start, prefix, 2);
    expect(paged).toEqual(everything);
    const afterSecond = await readAllAfter(ctx.store, everything[1]!.position, prefix);
    expect(afterSecond).toEqual(everything.slice(2));
    expect(await ctx.store.readAll({ fromPosition: start, maxCount: 0 })).toEqual([]);
  });
}
