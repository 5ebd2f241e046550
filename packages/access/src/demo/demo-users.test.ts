import { type OpenedTestDatabase, openTestDatabases } from '@hotline/database';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DemoInProduction } from '../errors';
import { migrateAccess } from '../users/migrations';
import { createUserDirectory, type UserDirectory } from '../users/user-directory';
import { DEMO_PASSWORD, DEMO_USERS, seedDemoUsers } from './demo-users';

describe.each(openTestDatabases())('the demo users on $name', ({ open }) => {
  let test: OpenedTestDatabase;
  let users: UserDirectory;
  beforeAll(async () => {
    test = await open();
    await migrateAccess(test.db);
    users = createUserDirectory(test.db);
  });
  afterAll(() => test.close());

  it('are refused in production, and nothing is written', async () => {
    await expect(seedDemoUsers(users, { nodeEnv: 'production' })).rejects.toBeInstanceOf(DemoInProduction);
    expect(await test.db.selectFrom('users').select('username').execute()).toEqual([]);
  });

  it('are seeded once, keeping a user that already has the name, and sign in with the demo password', async () => {
    const realAdmin = await users.create({ username: 'admin', password: 'a real admin password', displayName: '张伟', role: 'admin', district: 'hongshan' });

    expect(await seedDemoUsers(users, { nodeEnv: 'development' })).toEqual(['operator', 'mediator', 'manager', 'auditor']);
    expect(await seedDemoUsers(users, { nodeEnv: undefined })).toEqual([]);

    expect(await users.findByUsername('admin')).toEqual(realAdmin);
    expect(await users.signIn('mediator', DEMO_PASSWORD, new Date())).toMatchObject({
      ok: true,
      user: { role: 'mediator', district: 'wuchang', stationId: 'zhongnan', demo: true },
    });
  });

  it('put the desk staff at 中南市场监管所 of 武昌区, one user per role', () => {
    expect(DEMO_USERS.map(({ username, role, district, stationId }) => [username, role, district, stationId])).toEqual([
      ['operator', 'operator', 'wuchang', 'zhongnan'],
      ['mediator', 'mediator', 'wuchang', 'zhongnan'],
      ['manager', 'manager', 'wuchang', undefined],
      ['auditor', 'auditor', 'wuchang', undefined],
      ['admin', 'admin', 'wuchang', undefined],
    ]);
  });
});
