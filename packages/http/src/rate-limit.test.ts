import { Router } from 'express';
import { pino } from 'pino';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { createHttpApp } from './http-app';
import { perMinuteLimit, type PerMinuteLimit } from './rate-limit';

const logger = pino({ level: 'silent' });

/** An app whose `POST /ping` is limited; `X-User` stands in for a signed-in person. */
const appLimiting = (limit: Omit<PerMinuteLimit, 'name'>) =>
  createHttpApp({ logger, routers: [Router().post('/ping', perMinuteLimit({ name: 'ping', ...limit }), (_req, res) => void res.json({ ok: true }))] });

describe('perMinuteLimit', () => {
  it('answers past the limit with 429 rate-limited in the envelope, Retry-After and the standard headers', async () => {
    const app = appLimiting({ perMinute: 2 });
    const first = await request(app).post('/ping').expect(200);
    expect(first.headers['ratelimit-policy']).toMatch(/^"ping"; q=2; w=60; pk=/);
    expect(first.headers.ratelimit).toMatch(/^"ping"; r=1; t=\d+$/);
    await request(app).post('/ping').expect(200);
    const third = await request(app).post('/ping').expect(429);
    expect(third.body).toEqual({ error: { code: 'rate-limited', message: expect.stringContaining('at most 2 a minute') } });
    expect(Number(third.headers['retry-after'])).toBeGreaterThan(0);
    expect(third.headers.ratelimit).toMatch(/^"ping"; r=0; t=\d+$/);
  });

  it('counts each client address apart by default', async () => {
    const app = appLimiting({ perMinute: 1 });
    // The app trusts a proxy on loopback, so the forwarded address is the client's.
    await request(app).post('/ping').set('X-Forwarded-For', '203.0.113.7').expect(200);
    await request(app).post('/ping').set('X-Forwarded-For', '203.0.113.7').expect(429);
    await request(app).post('/ping').set('X-Forwarded-For', '198.51.100.20').expect(200);
  });

  it('counts by the key given, e.g. the signed-in person', async () => {
    const app = appLimiting({ perMinute: 1, keyOf: (req) => String(req.get('x-user')) });
    await request(app).post('/ping').set('X-User', 'operator-1').expect(200);
    await request(app).post('/ping').set('X-User', 'operator-1').expect(429);
    await request(app).post('/ping').set('X-User', 'operator-2').expect(200);
  });

  it('lets everything through at 0, without the headers', async () => {
    const app = appLimiting({ perMinute: 0 });
    for (let i = 0; i < 20; i++) {
      const response = await request(app).post('/ping').expect(200);
      expect(response.headers).not.toHaveProperty('ratelimit');
    }
  });
});
