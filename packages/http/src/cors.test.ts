import { Router } from 'express';
import { pino } from 'pino';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { createHttpApp } from './http-app';

const logger = pino({ level: 'silent' });
const DESK = 'https://desk.example.gov.cn';
const EVIL = 'https://evil.example.com';

const appFor = (corsOrigins?: readonly string[]) =>
  createHttpApp({ logger, ...(corsOrigins && { corsOrigins }), routers: [Router().get('/api/v1/cases', (_req, res) => void res.set('ETag', '"3"').json({ cases: [] }))] });

/** A browser's preflight before a signed-in GET from `origin`. */
const preflight = (app: ReturnType<typeof appFor>, origin: string) =>
  request(app).options('/api/v1/cases').set('Origin', origin).set('Access-Control-Request-Method', 'GET').set('Access-Control-Request-Headers', 'authorization');

describe('cross-origin requests', () => {
  it('are allowed to no origin by default: neither a preflight nor a read gets Access-Control-Allow-Origin', async () => {
    const app = appFor();
    for (const origin of [EVIL, DESK, 'null']) {
      expect((await preflight(app, origin)).headers).not.toHaveProperty('access-control-allow-origin');
      const read = await request(app).get('/api/v1/cases').set('Origin', origin).expect(200);
      expect(read.headers).not.toHaveProperty('access-control-allow-origin');
    }
  });

  it('are allowed to a listed origin: its preflight names it, the headers the API takes, and its reads may see ETag', async () => {
    const app = appFor([DESK]);
    const allowed = await preflight(app, DESK).expect(204);
    expect(allowed.headers).toMatchObject({ 'access-control-allow-origin': DESK, vary: expect.stringContaining('Origin') });
    expect(allowed.headers['access-control-allow-headers']).toMatch(/Authorization/);
    expect(allowed.headers['access-control-allow-headers']).toMatch(/If-Match/);
    expect(allowed.headers).not.toHaveProperty('access-control-allow-credentials');
    const read = await request(app).get('/api/v1/cases').set('Origin', DESK).expect(200);
    expect(read.headers['access-control-allow-origin']).toBe(DESK);
    expect(read.headers['access-control-expose-headers']).toMatch(/ETag/);
  });

  it('are still refused to an origin not on the list, even one that starts like a listed one', async () => {
    const app = appFor([DESK]);
    for (const origin of [EVIL, `${DESK}.evil.example.com`, 'http://desk.example.gov.cn']) {
      expect((await preflight(app, origin)).headers).not.toHaveProperty('access-control-allow-origin');
      expect((await request(app).get('/api/v1/cases').set('Origin', origin)).headers).not.toHaveProperty('access-control-allow-origin');
    }
  });
});
