import { describe, expect, it } from 'vitest';
import { caseId, slug } from './ids';

describe('caseId', () => {
  const schema = caseId('caseId');

  it.each(['3f1c2d4e-5a6b-4c7d-8e9f-0a1b2c3d4e5f', '01890a5d-ac96-774b-bcce-b302099a8057'])('accepts %s', (id) => {
    expect(schema.parse(id)).toBe(id);
  });

  it.each(['3f1c2d4e5a6b4c7d8e9f0a1b2c3d4e5f', 'case-1', '', 42])('refuses %j', (id) => {
    expect(schema.safeParse(id).error?.issues[0]?.message).toBe(
      'caseId must be a UUID such as 3f1c2d4e-5a6b-4c7d-8e9f-0a1b2c3d4e5f',
    );
  });
});

describe('slug', () => {
  const schema = slug('stationId');

  it.each(['wuchang', 'wuchang-zhongnan_2', 'a', 'x'.repeat(64)])('accepts %s', (id) => {
    expect(schema.parse(id)).toBe(id);
  });

  it.each(['', 'Wuchang', 'wu chang', '武昌所', 'x'.repeat(65), 7])('refuses %j', (id) => {
    expect(schema.safeParse(id).error?.issues[0]?.message).toBe('stationId must be 1–64 characters of a-z, 0-9, _ or -');
  });

  it('says a missing id is required', () => {
    expect(schema.safeParse(undefined).error?.issues[0]?.message).toBe('stationId is required');
  });
});
