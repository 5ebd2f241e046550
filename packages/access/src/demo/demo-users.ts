import { DemoInProduction, DuplicateUsername } from '../errors';
import type { UserRole } from '../users/user';
import type { UserDirectory } from '../users/user-directory';

/** The password of every demo user. Demo only: refused when NODE_ENV=production. */
export const DEMO_PASSWORD = 'demo';

export interface DemoUser {
  readonly username: string;
  readonly displayName: string;
  readonly role: UserRole;
  readonly district: string;
  readonly stationId?: string;
}

const WUCHANG = 'wuchang'; // 武昌区
const ZHONGNAN = 'zhongnan'; // 中南市场监管所

/** One user per role, named after it, in 武昌区; the desk staff work at 中南市场监管所. */
export const DEMO_USERS: readonly DemoUser[] = Object.freeze([
  { username: 'operator', displayName: '演示接线员', role: 'operator', district: WUCHANG, stationId: ZHONGNAN },
  { username: 'mediator', displayName: '演示调解员', role: 'mediator', district: WUCHANG, stationId: ZHONGNAN },
  { username: 'manager', displayName: '演示科室负责人', role: 'manager', district: WUCHANG },
  { username: 'auditor', displayName: '演示法制审核员', role: 'auditor', district: WUCHANG },
  { username: 'admin', displayName: '演示系统管理员', role: 'admin', district: WUCHANG },
]);

/**
 * Creates the demo users that do not exist yet (an existing user of the same name is kept as
 * it is) and returns the usernames created. Throws `DemoInProduction` in production.
 *
 * @example
 * await seedDemoUsers(users, { nodeEnv: process.env.NODE_ENV }); // ['operator', 'mediator', ...] on first run, [] after
 */
export async function seedDemoUsers(users: UserDirectory, { nodeEnv }: { nodeEnv: string | undefined }): Promise<string[]> {
  if (nodeEnv === 'production') throw new DemoInProduction();
  const created: string[] = [];
  for (const demo of DEMO_USERS) {
    if (await users.findByUsername(demo.username)) continue;
    try {
      await users.create({ ...demo, password: DEMO_PASSWORD, demo: true });
      created.push(demo.username);
    } catch (error) {
      // Another process seeding at the same moment got there first: the user exists, as wanted.
      if (!(error instanceof DuplicateUsername)) throw error;
    }
  }
  return created;
}
