import { type OpenedTestDatabase, openTestDatabases } from '@hotline/database';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DuplicateUsername } from '../errors';
import { migrateAccess } from './migrations';
import type { NewUser } from './new-user';
import * as passwords from './passwords';
import { createUserDirectory, type UserDirectory } from './user-directory';

vi.mock('./passwords', async (importOriginal) => {
  const real = await importOriginal<typeof passwords>();
  return { ...real, verifyPassword: vi.fn(real.verifyPassword) };
});

const PASSWORD = 'correct horse';
const mediator = (username: string): NewUser => ({ username, password: PASSWORD, displayName: '李娜', role: 'mediator', district: 'wuchang', stationId: 'zhongnan' });
const at = (iso: string) => new Date(iso);

describe.each(openTestDatabases())('the user directory on $name', ({ open }) => {
  let test: OpenedTestDatabase;
  let users: UserDirectory;
  beforeAll(async () => {
    test = await open();
    await migrateAccess(test.db);
    users = createUserDirectory(test.db);
  });
  afterAll(() => test.close());

  it('creates a user found by any case of the username, with an argon2id hash and no password stored', async () => {
    const created = await users.create(mediator('Li.Na'));
    expect(created).toEqual({ id: expect.any(String), username: 'li.na', displayName: '李娜', role: 'mediator', district: 'wuchang', stationId: 'zhongnan', demo: false });
    expect(await users.findByUsername('LI.NA')).toEqual(created);
    const { password_hash } = await test.db.selectFrom('users').select('password_hash').where('id', '=', created.id).executeTakeFirstOrThrow();
    expect(password_hash).toMatch(/^\$argon2id\$/);
    expect(password_hash).not.toContain(PASSWORD);
  });

  it('refuses a username taken in another case', async () => {
    await users.create(mediator('wang.fang'));
    await expect(users.create(mediator('Wang.Fang'))).rejects.toBeInstanceOf(DuplicateUsername);
    await expect(users.create(mediator('wang.fang'))).rejects.toMatchObject({ code: 'access/duplicate-username' });
  });

  it('signs in with the right password, whatever the case of the username', async () => {
    await users.create(mediator('zhao.lei'));
    expect(await users.signIn('Zhao.Lei', PASSWORD, new Date())).toMatchObject({ ok: true, user: { username: 'zhao.lei' } });
  });

  it('answers an unknown user and a wrong password alike, verifying a hash for both', async () => {
    await users.create(mediator('sun.li'));
    vi.mocked(passwords.verifyPassword).mockClear();
    expect(await users.signIn('sun.li', 'wrong password', new Date())).toEqual({ ok: false, reason: 'unknown_or_wrong' });
    expect(await users.signIn('nobody', 'wrong password', new Date())).toEqual({ ok: false, reason: 'unknown_or_wrong' });
    expect(passwords.verifyPassword).toHaveBeenCalledTimes(2);
  });

  it('locks after 5 consecutive wrong passwords for 15 minutes, even against the right one', async () => {
    await users.create(mediator('qian.hao'));
    const failures = [];
    for (let i = 0; i < 5; i++) failures.push(await users.signIn('qian.hao', 'wrong password', at('2026-05-06T02:00:00Z')));
    expect(failures.slice(0, 4).every((result) => !result.ok && result.reason === 'unknown_or_wrong')).toBe(true);
    const lockedUntil = at('2026-05-06T02:15:00Z');
    expect(failures[4]).toEqual({ ok: false, reason: 'locked', lockedUntil });

    expect(await users.signIn('qian.hao', PASSWORD, at('2026-05-06T02:14:59Z'))).toEqual({ ok: false, reason: 'locked', lockedUntil });
    expect(await users.signIn('qian.hao', PASSWORD, at('2026-05-06T02:15:00Z'))).toMatchObject({ ok: true });
  });

  it('starts the count afresh after a success, so only consecutive failures lock', async () => {
    await users.create(mediator('zhou.min'));
    const now = new Date();
    for (let i = 0; i < 4; i++) await users.signIn('zhou.min', 'wrong password', now);
    expect(await users.signIn('zhou.min', PASSWORD, now)).toMatchObject({ ok: true });
    for (let i = 0; i < 4; i++) expect(await users.signIn('zhou.min', 'wrong password', now)).toMatchObject({ reason: 'unknown_or_wrong' });
  });

  it('counts wrong passwords arriving at once, none lost', async () => {
    await users.create(mediator('wu.gang'));
    const now = new Date();
    const results = await Promise.all(Array.from({ length: 5 }, () => users.signIn('wu.gang', 'wrong password', now)));
    expect(results.filter((result) => !result.ok && result.reason === 'locked')).toHaveLength(1);
  });

  it('lists every account by username with its lock while it lasts, and never a password hash', async () => {
    await users.create(mediator('zheng.yu'));
    for (let i = 0; i < 5; i++) await users.signIn('zheng.yu', 'wrong password', at('2026-05-06T03:00:00Z'));
    const listed = await users.list(at('2026-05-06T03:10:00Z'));
    expect(listed.map((account) => account.username)).toEqual([...listed.map((account) => account.username)].sort());
    expect(listed.find((account) => account.username === 'zheng.yu')).toEqual({
      id: expect.any(String),
      username: 'zheng.yu',
      displayName: '李娜',
      role: 'mediator',
      district: 'wuchang',
      stationId: 'zhongnan',
      demo: false,
      lockedUntil: at('2026-05-06T03:15:00Z'),
    });
    const later = await users.list(at('2026-05-06T03:15:00Z'));
    expect(later.find((account) => account.username === 'zheng.yu')?.lockedUntil).toBeNull();
  });

  it('unlocks an account at once and forgets its wrong passwords; an unknown id is undefined', async () => {
    const { id } = await users.create(mediator('feng.jie'));
    const now = at('2026-05-06T04:00:00Z');
    for (let i = 0; i < 5; i++) await users.signIn('feng.jie', 'wrong password', now);
    expect(await users.signIn('feng.jie', PASSWORD, now)).toMatchObject({ reason: 'locked' });
    expect(await users.unlock(id)).toMatchObject({ id, username: 'feng.jie', lockedUntil: null });
    expect(await users.signIn('feng.jie', PASSWORD, now)).toMatchObject({ ok: true });

    for (let i = 0; i < 3; i++) await users.signIn('feng.jie', 'wrong password', now);
    await users.unlock(id);
    for (let i = 0; i < 4; i++) expect(await users.signIn('feng.jie', 'wrong password', now)).toMatchObject({ reason: 'unknown_or_wrong' });
    expect(await users.unlock('3f1c2d4e-5a6b-4c7d-8e9f-0a1b2c3d4e5f')).toBeUndefined();
  });
});
