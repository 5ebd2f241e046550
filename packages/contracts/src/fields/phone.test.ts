import { describe, expect, it } from 'vitest';
import { phoneSchema } from './phone';

describe('phoneSchema', () => {
  it.each([
    ['13800138000', '13800138000'],
    ['19912345678', '19912345678'],
    ['138 0013 8000', '13800138000'],
    ['+86 138-0013-8000', '13800138000'],
    ['8613800138000', '13800138000'],
    ['１３８００１３８０００', '13800138000'],
    ['027-87654321', '027-87654321'],
    ['02787654321', '02787654321'],
    ['010-12345678-123', '010-12345678-123'],
    ['0755-1234567', '0755-1234567'],
    ['027－87654321', '027-87654321'],
    ['400-123-4567', '400-123-4567'],
    ['4001234567', '4001234567'],
    ['800-123-4567', '800-123-4567'],
  ])('accepts %j as %j', (input, expected) => {
    expect(phoneSchema.parse(input)).toBe(expected);
  });

  it.each([
    '12800138000', // no mobile prefix 12
    '1380013800', // 10 digits
    '138001380001', // 12 digits
    '27-87654321', // area code must start with 0
    '027-876543', // local number too short
    '010-12345678-1234567', // extension too long
    '500-123-4567',
    'abc',
    '',
  ])('refuses %j with the phone message', (input) => {
    const message = phoneSchema.safeParse(input).error?.issues[0]?.message;
    expect(message).toMatch(/^phone must be an 11-digit mainland mobile number \(1\[3-9\]xxxxxxxxx\)/);
    expect(message).toContain('027-87654321');
  });

  it('says a missing phone is required', () => {
    expect(phoneSchema.safeParse(undefined).error?.issues[0]?.message).toBe('phone is required');
  });

  it('refuses a number', () => {
    expect(phoneSchema.safeParse(13800138000).success).toBe(false);
  });
});
