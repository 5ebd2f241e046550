import { describe, expect, it } from 'vitest';
import { addressSchema, organisationNameSchema, TEXT_LIMITS, text } from './text';

const messageOf = (schema: { safeParse(v: unknown): { error?: { issues: { message: string }[] } } }, input: unknown) =>
  schema.safeParse(input).error?.issues[0]?.message;

describe('addressSchema', () => {
  it('accepts and trims a Chinese address', () => {
    expect(addressSchema.parse('  湖北省武汉市武昌区中南路99号 ')).toBe('湖北省武汉市武昌区中南路99号');
  });

  it('accepts exactly 200 characters and refuses 201', () => {
    expect(addressSchema.safeParse('路'.repeat(200)).success).toBe(true);
    expect(messageOf(addressSchema, '路'.repeat(201))).toBe('address must be at most 200 characters');
  });

  it.each([
    ['', 'address must not be blank'],
    ['中南路\n99号', 'address must be a single line without control characters'],
    ['中南路\u007f99号', 'address must be a single line without control characters'],
    [null, 'address must be a string'],
  ])('refuses %j', (input, message) => {
    expect(messageOf(addressSchema, input)).toBe(message);
  });
});

describe('organisationNameSchema', () => {
  it('accepts digits, brackets and latin letters in a business name', () => {
    expect(organisationNameSchema.parse('7-Eleven（中南路店）')).toBe('7-Eleven（中南路店）');
  });

  it('refuses more than 100 characters', () => {
    expect(organisationNameSchema.safeParse('店'.repeat(101)).success).toBe(false);
  });
});

describe('text', () => {
  const summary = text('summary', { max: TEXT_LIMITS.summary, multiline: true });

  it('keeps line breaks and tabs in multi-line text', () => {
    expect(summary.parse(' 空调不制冷\n\t商家拒绝退货 ')).toBe('空调不制冷\n\t商家拒绝退货');
  });

  it('refuses other control characters in multi-line text', () => {
    expect(messageOf(summary, '空调\u0007不制冷')).toBe(
      'summary must not contain control characters (line breaks and tabs are fine)',
    );
  });

  it.each(Object.entries(TEXT_LIMITS))('holds %s to %i characters', (name, max) => {
    const field = text(name, { max, multiline: true });
    expect(field.safeParse('字'.repeat(max)).success).toBe(true);
    expect(messageOf(field, '字'.repeat(max + 1))).toBe(`${name} must be at most ${max} characters`);
  });

  it('refuses a megabyte without trouble', () => {
    expect(summary.safeParse('x'.repeat(1_000_000)).success).toBe(false);
  });
});
