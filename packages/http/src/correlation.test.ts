import { Router } from 'express';
import { pino } from 'pino';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { createHttpApp } from './http-app';

/** An app logging into `lines`, with a route that logs on its own and one that fails. */
function appLogging(lines: Record<string, unknown>[]) {
  const logger = pino({ level: 'info' }, { write: (line: string) => void lines.push(JSON.parse(line) as Record<string, unknown>) });
  const routes = Router()
    .get('/said', (req, res) => {
      req.log.info('the route says something');
      res.json({ ok: true });
    })
    .get('/broken', () => {
      throw new Error('a bug');
    });
  return createHttpApp({ logger, routers: [routes] });
}

describe('the correlation id', () => {
  it("is on every line a request logs, the caller's when sane, and echoed back", async () => {
    const lines: Record<string, unknown>[] = [];
    const app = appLogging(lines);
    const said = await request(app).get('/said').set('X-Correlation-Id', 'desk-42.call-7');
    expect(said.headers['x-correlation-id']).toBe('desk-42.call-7');
    await request(app).get('/broken').set('X-Correlation-Id', 'desk-42.call-8');
    expect(lines.map((line) => [line.msg, line.correlationId])).toEqual([
      ['the route says something', 'desk-42.call-7'],
      ['request completed', 'desk-42.call-7'],
      [expect.any(String), 'desk-42.call-8'],
      [expect.any(String), 'desk-42.call-8'],
    ]);
  });

  it('is a new UUID when the caller sends none or an unsafe one', async () => {
    const lines: Record<string, unknown>[] = [];
    const response = await request(appLogging(lines)).get('/said').set('X-Correlation-Id', 'no spaces; or quotes"');
    expect(response.headers['x-correlation-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(lines.every((line) => line.correlationId === response.headers['x-correlation-id'])).toBe(true);
  });
});
