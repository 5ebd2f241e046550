import { expect, it } from 'vitest';
import { MAX_EVENT_BYTES, MAX_NAME_LENGTH } from '../limits';
import type { ExpectedRevision, NewEvent } from '../types';
import { newEvent, uniquePrefix } from './fixtures';
import type { ContractContext } from './harness';

const cyclic = (): object => {
  const node: Record<string, unknown> = { a: 1 };
  node.self = node;
  return node;
};

/** Each builds an append that must be refused before anything is written. */
const badEvents: [string, () => unknown[]][] = [
  ['no events', () => []],
  ['a BigInt', () => [newEvent('X', { amount: 1n } as never)]],
  ['a function', () => [newEvent('X', { f: () => 1 } as never)]],
  ['a cycle', () => [newEvent('X', cyclic() as never)]],
  ['undefined data', () => [{ ...newEvent(), data: undefined }]],
  ['an array as data', () => [{ ...newEvent(), data: [1, 2] }]],
  ['NaN', () => [newEvent('X', { rate: Number.NaN })]],
  ['Infinity in metadata', () => [newEvent('X', {}, { rate: Number.POSITIVE_INFINITY })]],
  ['a Date', () => [newEvent('X', { at: new Date() } as never)]],
  ['a string with U+0000', () => [newEvent('X', { note: 'a\u0000b' })]],
  ['an unpaired surrogate', () => [newEvent('X', { note: '\ud800' })]],
  ['undefined inside an array', () => [newEvent('X', { list: [1, undefined] } as never)]],
  ['an id that is not a UUID', () => [{ ...newEvent(), id: 'case-1' }]],
  ['the same id twice', () => { const e = newEvent(); return [e, { ...e }]; }],
  ['an empty type', () => [{ ...newEvent(), type: '' }]],
  ['a reserved ($) type', () => [{ ...newEvent(), type: '$metadata' }]],
  ['an event over the size limit', () => [newEvent('X', { blob: 'x'.repeat(MAX_EVENT_BYTES) })]],
  ['one bad event after a good one', () => [newEvent(), newEvent('X', { bad: Number.NaN })]],
];

export function validationContract(ctx: ContractContext): void {
  const refuses = async (stream: string, list: unknown[], expected: unknown) => {
    const attempt = ctx.store.appendToStream(stream, list as NewEvent[], { expectedRevision: expected as ExpectedRevision });
    await expect(attempt).rejects.toMatchObject({ name: 'InvalidAppend', code: 'store/invalid-append' });
    expect(await ctx.store.streamRevision(stream)).toBe('no_stream');
  };

  it.each(badEvents)('refuses %s and writes nothing', async (_, build) => {
    await refuses(`${uniquePrefix()}case`, build(), 'any');
  });

  it.each<[string, unknown]>([
    ['an unknown keyword', 'latest'],
    ['a negative revision', -1],
    ['a fractional revision', 1.5],
    ['NaN', Number.NaN],
  ])('refuses %s as expected revision', async (_, expected) => {
    await refuses(`${uniquePrefix()}case`, [newEvent()], expected);
  });

  it.each<[string, string]>([
    ['empty', ''],
    ['too long', 'c'.repeat(MAX_NAME_LENGTH + 1)],
    ['reserved ($)', '$case-1'],
  ])('refuses a stream name that is %s', async (_, stream) => {
    await expect(ctx.store.appendToStream(stream, [newEvent()], { expectedRevision: 'any' })).rejects.toMatchObject({ code: 'store/invalid-append' });
    await expect(ctx.store.readStream(stream)).rejects.toMatchObject({ code: 'store/invalid-read' });
  });

  it('refuses bad read options', async () => {
    const stream = `${uniquePrefix()}case`;
    await expect(ctx.store.readStream(stream, { maxCount: -1 })).rejects.toMatchObject({ code: 'store/invalid-read' });
    await expect(ctx.store.readStream(stream, { direction: 'sideways' as never })).rejects.toMatchObject({ code: 'store/invalid-read' });
    await expect(ctx.store.readAll({ fromPosition: -5n })).rejects.toMatchObject({ code: 'store/invalid-read' });
    expect(() => ctx.store.subscribeToAll({ filter: { streamNamePrefix: '' } })).toThrow(expect.objectContaining({ code: 'store/invalid-read' }));
  });
}
