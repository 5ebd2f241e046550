import { describe, expect, it } from 'vitest';
import { InvalidUser } from '../errors';
import { checkedNewUser, type NewUser } from './new-user';

const liNa: NewUser = { username: 'Li.Na', password: 'correct horse', displayName: ' 李娜 ', role: 'mediator', district: 'wuchang', stationId: 'zhongnan' };

const issuesOf = (input: NewUser) => {
  try {
    checkedNewUser(input);
    return [];
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidUser);
    return (error as InvalidUser).issues.map((issue) => issue.path);
  }
};

describe('checkedNewUser', () => {
  it('lower-cases the username and trims the display name', () => {
    expect(checkedNewUser(liNa)).toMatchObject({ username: 'li.na', displayName: '李娜' });
  });

  it.each<[string, Partial<NewUser>, string[]]>([
    ['a username too short', { username: 'li' }, ['username']],
    ['a username with a space', { username: 'li na' }, ['username']],
    ['a username of 33 characters', { username: 'a'.repeat(33) }, ['username']],
    ['a password of 7 characters', { password: 'seven77' }, ['password']],
    ['a password longer than the login accepts', { password: 'x'.repeat(201) }, ['password']],
    ['a blank display name', { displayName: '  ' }, ['displayName']],
    ['an unknown role', { role: 'director' }, ['role']],
    ['the integration role, which signs its requests instead', { role: 'integration' }, ['role']],
    ['a district that is not a slug', { district: '武昌区' }, ['district']],
    ['a station that is not a slug', { stationId: 'Zhong Nan' }, ['stationId']],
    ['a mediator without a station, who could reach no case', { stationId: undefined }, ['stationId']],
    ['a field the account does not have', { email: 'li.na@example.cn' } as Partial<NewUser>, ['email']],
    ['several fields at once', { username: 'x', role: 'boss', password: '' }, ['username', 'password', 'role']],
  ])('refuses %s, naming the field', (_, change, paths) => {
    expect(issuesOf({ ...liNa, ...change })).toEqual(paths);
  });

  it('lets a demo user have the short demo password', () => {
    expect(issuesOf({ ...liNa, password: 'demo', demo: true })).toEqual([]);
  });
});
