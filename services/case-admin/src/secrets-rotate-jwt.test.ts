import { describe, expect, it } from 'vitest';
import { rotated } from './secrets-rotate-jwt';

describe('rotated', () => {
  it('puts the fresh secret first and keeps the one signing until now', () => {
    expect(rotated(['current'], 'fresh')).toEqual(['fresh', 'current']);
  });

  it('drops secrets from before the current one: they stopped signing a rotation ago', () => {
    expect(rotated(['current', 'older'], 'fresh')).toEqual(['fresh', 'current']);
  });
});
