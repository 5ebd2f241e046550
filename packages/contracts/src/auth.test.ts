import { describe, expect, it } from 'vitest';
import { loginBodySchema } from './auth';

describe('loginBodySchema', () => {
  it('keeps the password exactly as typed', () => {
    expect(loginBodySchema.parse({ username: ' op-wuchang ', password: ' s3cret ' })).toEqual({
      username: 'op-wuchang',
      password: ' s3cret ',
    });
  });

  it.each([
    [{ username: 'op' }, 'password'],
    [{ username: '', password: 'x' }, 'username'],
    [{ username: 'op', password: '' }, 'password'],
    [{ username: 'op', password: 'x', remember: true }, ''],
  ])('refuses %j', (body, path) => {
    expect(loginBodySchema.safeParse(body).error?.issues[0]?.path.join('.')).toBe(path);
  });
});
