import { describe, expect, it } from 'vitest';
import { personNameSchema } from './person-name';

const messageOf = (input: unknown) => personNameSchema.safeParse(input).error?.issues[0]?.message;

describe('personNameSchema', () => {
  it.each([
    ['张三', '张三'],
    ['  李四 ', '李四'],
    ['欧阳娜娜', '欧阳娜娜'],
    ['买买提·艾力', '买买提·艾力'],
    ['买买提・艾力', '买买提·艾力'],
    ['阿卜杜•热合曼', '阿卜杜·热合曼'],
    ['John  Smith', 'John Smith'],
    ['José Müller', 'José Müller'],
    ['王Amy', '王Amy'],
    ['𠮷野家', '𠮷野家'],
  ])('accepts %j as %j', (input, expected) => {
    expect(personNameSchema.parse(input)).toBe(expected);
  });

  it.each([
    ['张三1', 'name must not contain digits'],
    ['张三１', 'name must not contain digits'],
    ['', 'name must not be blank'],
    ['   ', 'name must not be blank'],
    ['张\u0000三', 'name must not contain control characters'],
    ['张\n三', 'name must not contain control characters'],
    ['张三!', 'name may contain only Chinese characters, the middle dot · and latin letters with spaces'],
    ['O\'Brien', 'name may contain only Chinese characters, the middle dot · and latin letters with spaces'],
    ['·', 'name may contain only Chinese characters, the middle dot · and latin letters with spaces'],
    ['张'.repeat(51), 'name must be at most 50 characters'],
    [12, 'name must be a string'],
    [undefined, 'name is required'],
  ])('refuses %j: %s', (input, message) => {
    expect(messageOf(input)).toBe(message);
  });

  it('counts characters, not UTF-16 units: 50 rare Han characters fit', () => {
    expect(personNameSchema.safeParse('𠮷'.repeat(50)).success).toBe(true);
  });
});
