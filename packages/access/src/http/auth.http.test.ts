import { type OpenedTestDatabase, openTestDatabases } from '@hotline/database';
import { createHttpApp } from '@hotline/http';
import { Router } from 'express';
import { pino } from 'pino';
import request from 'supertest';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, seedDemoUsers } from '../demo/demo-users';
import { createTokenService } from '../tokens/token-service';
import { migrateAccess } from '../users/migrations';
import { createUserDirectory, type UserDirectory } from '../users/user-directory';
import { createAuthRouter } from './auth-router';
import { actorOf, requireActor } from './require-actor';

const SECRET = 'the-signing-secret-of-the-hotline-0123456789';
const OLD_SECRET = 'the-previous-secret-of-the-hotline-012345678';
const PASSWORD = 'correct horse battery';
const START = new Date('2026-05-06T01:00:00Z');
const logger = pino({ level: 'silent' });

describe.each(openTestDatabases())('sign-in over HTTP on $name', ({ open }) => {
  let test: OpenedTestDatabase;
  let users: UserDirectory;
  let clock: Date;
  const now = () => clock;
  const advance = (minutes: number) => (clock = new Date(clock.getTime() + minutes * 60_000));

  const appWith = ({ secrets = [SECRET], nodeEnv = 'test' }: { secrets?: string[]; nodeEnv?: string } = {}) => {
    const tokens = createTokenService({ secrets, now });
    const whoami = Router().get('/api/v1/whoami', requireActor(tokens), (_req, res) => {
      res.json({ actor: actorOf(res), name: res.locals.userName });
    });
    return createHttpApp({ logger, routers: [createAuthRouter({ users, tokens, now, nodeEnv }), whoami] });
  };
  const login = (username: string, password: string, app = appWith()) => request(app).post('/api/v1/auth/login').send({ username, password });
  const whoami = (token: string, app = appWith()) => request(app).get('/api/v1/whoami').set('Authorization', `Bearer ${token}`);
  const counters = (username: string) =>
    test.db.selectFrom('users').select(['failed_logins', 'locked_until']).where('username', '=', username).executeTakeFirstOrThrow();

  beforeAll(async () => {
    test = await open();
    await migrateAccess(test.db);
    users = createUserDirectory(test.db);
    await users.create({ username: 'li.na', password: PASSWORD, displayName: '李娜', role: 'mediator', district: 'wuchang', stationId: 'zhongnan' });
    await users.create({ username: 'qian.hao', password: PASSWORD, displayName: '钱浩', role: 'operator', district: 'wuchang' });
    await seedDemoUsers(users, { nodeEnv: 'development' });
  });
  afterAll(() => test.close());
  beforeEach(() => void (clock = START));

  it('signs in and the token opens the protected route as the actor', async () => {
    const response = await login('Li.Na', PASSWORD).expect(200);
    expect(response.headers['cache-control']).toBe('no-store');
    const { body } = await whoami(response.body.token).expect(200);
    expect(body).toEqual({ actor: { id: expect.any(String), role: 'mediator', districtId: 'wuchang', stationId: 'zhongnan' }, name: '李娜' });
  });

  it('answers a wrong password and an unknown user with the same 401', async () => {
    const wrong = await login('li.na', 'not the password').expect(401);
    const unknown = await login('nobody', 'not the password').expect(401);
    expect(wrong.body).toEqual({ error: { code: 'auth/invalid-credentials', message: 'the username or password is wrong' } });
    expect(unknown.body).toEqual(wrong.body);
  });

  it('locks the account after 5 wrong passwords, refusing even the right one until 15 minutes have passed', async () => {
    for (let i = 0; i < 4; i++) await login('qian.hao', 'not the password').expect(401);
    const lockedUntil = '2026-05-06T01:15:00.000Z';
    const fifth = await login('qian.hao', 'not the password').expect(423);
    expect(fifth.body.error).toMatchObject({ code: 'auth/locked', lockedUntil });

    advance(14);
    expect((await login('qian.hao', PASSWORD).expect(423)).body.error).toMatchObject({ code: 'auth/locked', lockedUntil });
    advance(1);
    await login('qian.hao', PASSWORD).expect(200);
  });

  it('refuses a missing, malformed, expired, foreign or tampered token with 401', async () => {
    const token = (await login('li.na', PASSWORD).expect(200)).body.token as string;
    const foreign = await createTokenService({ secrets: ['another-system-entirely-0123456789abcdef'], now }).issue({ id: 'x', role: 'admin', district: 'wuchang', displayName: 'x' });

    const missing = await request(appWith()).get('/api/v1/whoami').expect(401);
    expect(missing.body.error.code).toBe('auth/unauthenticated');
    expect(missing.headers['www-authenticate']).toBe('Bearer');
    await request(appWith()).get('/api/v1/whoami').set('Authorization', `Basic ${token}`).expect(401);
    await whoami('garbage').expect(401);
    await whoami(foreign).expect(401);
    await whoami(`${token}x`).expect(401);

    advance(8 * 60);
    expect((await whoami(token).expect(401)).body.error.code).toBe('auth/unauthenticated');
  });

  it('rotates the secret: old tokens still open the route, new ones are signed with the new secret', async () => {
    const oldToken = (await login('li.na', PASSWORD, appWith({ secrets: [OLD_SECRET] })).expect(200)).body.token as string;
    const rotated = appWith({ secrets: [SECRET, OLD_SECRET] });
    await whoami(oldToken, rotated).expect(200);

    const newToken = (await login('li.na', PASSWORD, rotated).expect(200)).body.token as string;
    await whoami(newToken, appWith({ secrets: [SECRET] })).expect(200);
    await whoami(newToken, appWith({ secrets: [OLD_SECRET] })).expect(401);
  });

  it.each<[string, (req: request.Test) => request.Test, number, string, string[]]>([
    ['no password', (req) => req.send({ username: 'li.na' }), 400, 'input/invalid', ['password']],
    ['no username', (req) => req.send({ password: PASSWORD }), 400, 'input/invalid', ['username']],
    ['a password that is a number', (req) => req.send({ username: 'li.na', password: 12345678 }), 400, 'input/invalid', ['password']],
    ['a username that is an object', (req) => req.send({ username: { $ne: '' }, password: PASSWORD }), 400, 'input/invalid', ['username']],
    ['an extra field', (req) => req.send({ username: 'li.na', password: PASSWORD, role: 'admin' }), 400, 'input/invalid', ['role']],
    ['an array', (req) => req.send([{ username: 'li.na', password: PASSWORD }]), 400, 'input/invalid', ['']],
    ['form encoding', (req) => req.type('form').send(`username=li.na&password=x`), 400, 'input/invalid', ['']],
    ['malformed JSON', (req) => req.type('json').send('{"username": "li.na", "password": '), 400, 'input/malformed-json', []],
    ['a body past the size limit', (req) => req.send({ username: 'li.na', password: 'x'.repeat(70_000) }), 413, 'input/too-large', []],
  ])('refuses %s with %i, writing nothing', async (_, send, status, code, paths) => {
    const before = await counters('li.na');
    const { body } = await send(request(appWith()).post('/api/v1/auth/login')).expect(status);
    expect(body.error.code).toBe(code);
    expect((body.error.issues ?? []).map((issue: { path: string }) => issue.path)).toEqual(paths);
    expect(await counters('li.na')).toEqual(before);
  });

  it('refuses demo users when NODE_ENV=production, and lets them in otherwise', async () => {
    const refused = await login('operator', DEMO_PASSWORD, appWith({ nodeEnv: 'production' })).expect(403);
    expect(refused.body.error.code).toBe('auth/demo-account');
    await login('operator', DEMO_PASSWORD, appWith({ nodeEnv: 'development' })).expect(200);
  });
});
