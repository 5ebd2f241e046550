import { expect, it } from 'vitest';
import { events, uniquePrefix } from './fixtures';
import type { ContractContext } from './harness';

export function reopenContract(ctx: ContractContext): void {
  it('starts again on the same storage as a no-op: data intact, appends continue, also when two start at once', async () => {
    const stream = `${uniquePrefix()}case`;
    await ctx.store.appendToStream(stream, events(2), { expectedRevision: 'no_stream' });
    const [first, second] = await Promise.all([ctx.open(), ctx.open()]);
    try {
      expect(await first.readStream(stream)).toEqual(await ctx.store.readStream(stream));
      await second.appendToStream(stream, events(1), { expectedRevision: 1 });
      expect(await ctx.store.streamRevision(stream)).toBe(2);
    } finally {
      await Promise.all([first.close(), second.close()]);
    }
  });
}
