import { type OpenedTestDatabase, openTestDatabases } from '@hotline/database';
import { createHttpApp } from '@hotline/http';
import type { Express } from 'express';
import { pino } from 'pino';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_USERS, seedDemoUsers } from '../demo/demo-users';
import { createTokenService } from '../tokens/token-service';
import { migrateAccess } from '../users/migrations';
import { createUserDirectory, type UserDirectory } from '../users/user-directory';
import { createAuthRouter } from './auth-router';
import { createUsersRouter } from './users-router';

const NOW = new Date('2026-05-06T01:00:00Z');
const PASSWORD = 'correct horse battery';
const now = () => NOW;
const zhouQiang = { username: 'Zhou.Qiang', password: PASSWORD, displayName: '周强', role: 'mediator', district: 'hongshan', stationId: 'guanshan' };

describe.each(openTestDatabases())('user management over HTTP on $name', ({ open }) => {
  let test: OpenedTestDatabase;
  let users: UserDirectory;
  let app: Express;
  const bearer = new Map<string, string>();
  const as = (username: string) => ({ Authorization: bearer.get(username)! });

  beforeAll(async () => {
    test = await open();
    await migrateAccess(test.db);
    users = createUserDirectory(test.db);
    await seedDemoUsers(users, { nodeEnv: 'test' });
    const tokens = createTokenService({ secrets: ['the-signing-secret-of-the-hotline-0123456789'], now });
    for (const { username } of DEMO_USERS) bearer.set(username, `Bearer ${await tokens.issue((await users.findByUsername(username))!)}`);
    app = createHttpApp({ logger: pino({ level: 'silent' }), routers: [createAuthRouter({ users, tokens, now }), createUsersRouter({ users, tokens, now })] });
  });
  afterAll(() => test.close());

  it('lists the accounts to an admin, with their locks and without any password hash', async () => {
    for (let i = 0; i < 5; i++) await users.signIn('operator', 'wrong password', NOW);
    const { body } = await request(app).get('/api/v1/users').set(as('admin')).expect(200);
    expect(body.users.map((user: { username: string }) => user.username)).toEqual(['admin', 'auditor', 'manager', 'mediator', 'operator']);
    expect(body.users.find((user: { username: string }) => user.username === 'operator')).toEqual({
      id: expect.any(String),
      username: 'operator',
      displayName: '演示接线员',
      role: 'operator',
      district: 'wuchang',
      stationId: 'zhongnan',
      demo: true,
      lockedUntil: '2026-05-06T01:15:00.000Z',
    });
    expect(JSON.stringify(body)).not.toMatch(/argon2|password|failed/i);
  });

  it('lifts a lockout at an admin\'s word: the right password works again at once', async () => {
    const { id } = (await users.findByUsername('manager'))!;
    for (let i = 0; i < 5; i++) await users.signIn('manager', 'wrong password', NOW);
    await request(app).post('/api/v1/auth/login').send({ username: 'manager', password: 'demo' }).expect(423);

    const { body } = await request(app).post(`/api/v1/users/${id}/unlock`).set(as('admin')).expect(200);
    expect(body.user).toMatchObject({ id, username: 'manager', lockedUntil: null });
    await request(app).post('/api/v1/auth/login').send({ username: 'manager', password: 'demo' }).expect(200);
  });

  it('answers an unknown user id with 404 and a malformed one with 400 naming userId', async () => {
    const unknown = await request(app).post('/api/v1/users/3f1c2d4e-5a6b-4c7d-8e9f-0a1b2c3d4e5f/unlock').set(as('admin')).expect(404);
    expect(unknown.body.error.code).toBe('not-found');
    const malformed = await request(app).post('/api/v1/users/operator/unlock').set(as('admin')).expect(400);
    expect(malformed.body.error).toMatchObject({ code: 'input/invalid', issues: [{ path: 'userId', message: expect.any(String) }] });
  });

  it('creates an account that signs in, its username lower-cased; the same name in any case is 409', async () => {
    const { body } = await request(app).post('/api/v1/users').set(as('admin')).send(zhouQiang).expect(201);
    expect(body.user).toEqual({ id: expect.any(String), username: 'zhou.qiang', displayName: '周强', role: 'mediator', district: 'hongshan', stationId: 'guanshan', demo: false, lockedUntil: null });
    await request(app).post('/api/v1/auth/login').send({ username: 'zhou.qiang', password: PASSWORD }).expect(200);

    const again = await request(app).post('/api/v1/users').set(as('admin')).send({ ...zhouQiang, username: 'ZHOU.QIANG' }).expect(409);
    expect(again.body.error.code).toBe('access/duplicate-username');
  });

  it.each<[string, object, string[]]>([
    ['a short password', { password: 'seven77' }, ['password']],
    ['a username with a space and an unknown role', { username: 'zhou qiang', role: 'director' }, ['username', 'role']],
    ['a mediator without a station', { stationId: undefined }, ['stationId']],
    ['the integration role', { role: 'integration' }, ['role']],
    ['a demo account, which only the demo seed makes', { username: 'zhou.demo', demo: true }, ['demo']],
    ['no display name', { displayName: undefined }, ['displayName']],
  ])('refuses %s with 400 naming the fields, creating nothing', async (_, change, paths) => {
    const before = (await users.list(NOW)).length;
    const { body } = await request(app).post('/api/v1/users').set(as('admin')).send({ ...zhouQiang, username: 'new.user', ...change }).expect(400);
    expect(body.error.code).toBe('input/invalid');
    expect(body.error.issues.map((issue: { path: string }) => issue.path)).toEqual(paths);
    expect((await users.list(NOW)).length).toBe(before);
  });

  it.each(['operator', 'mediator', 'manager', 'auditor'])('refuses a %s every route with 403, without a token 401', async (username) => {
    const { id } = (await users.findByUsername('auditor'))!;
    const calls = [
      () => request(app).get('/api/v1/users'),
      () => request(app).post('/api/v1/users').send({ ...zhouQiang, username: `made.by.${username}` }),
      () => request(app).post(`/api/v1/users/${id}/unlock`),
    ];
    for (const call of calls) {
      expect((await call().set(as(username)).expect(403)).body.error.code).toBe('access/forbidden');
      expect((await call().expect(401)).body.error.code).toBe('auth/unauthenticated');
    }
    expect(await users.findByUsername(`made.by.${username}`)).toBeUndefined();
  });
});
