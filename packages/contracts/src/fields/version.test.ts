import { describe, expect, it } from 'vitest';
import { expectedVersionSchema, ifMatchSchema } from './version';

describe('expectedVersionSchema', () => {
  it.each([1, 2, 9007199254740991])('accepts %i', (version) => {
    expect(expectedVersionSchema.parse(version)).toBe(version);
  });

  it.each([0, -1, 1.5, '3', null])('refuses %j, explaining that versions count events from 1', (version) => {
    expect(expectedVersionSchema.safeParse(version).error?.issues[0]?.message).toMatch(
      /^expectedVersion must be a positive integer: the number of events in the case stream \(a just-registered case is at version 1\)$/,
    );
  });
});

describe('ifMatchSchema', () => {
  it.each([
    ['"3"', 3],
    ['W/"12"', 12],
    ['7', 7],
  ])('reads %s as %i', (header, version) => {
    expect(ifMatchSchema.parse(header)).toBe(version);
  });

  it.each(['"0"', '*', '"3', 'abc', ''])('refuses %j', (header) => {
    expect(ifMatchSchema.safeParse(header).success).toBe(false);
  });
});
