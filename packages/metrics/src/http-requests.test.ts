import { createHttpApp, HttpError } from '@hotline/http';
import { Router } from 'express';
import pino from 'pino';
import { Registry, type Histogram } from 'prom-client';
import supertest from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import { requestDurations } from './http-requests';

/** The histogram's `_count` series as `METHOD route status` → count. */
async function counts(registry: Registry): Promise<Record<string, number>> {
  const { values } = await (registry.getSingleMetric('hotline_http_request_duration_seconds') as Histogram).get();
  return Object.fromEntries(
    values
      .filter((sample) => sample.metricName === 'hotline_http_request_duration_seconds_count')
      .map(({ labels, value }) => [`${labels.method} ${labels.route} ${labels.status}`, value]),
  );
}

describe('hotline_http_request_duration_seconds', () => {
  const registry = new Registry();
  let request: ReturnType<typeof supertest>;

  beforeAll(async () => {
    const things = Router();
    things.get('/api/things/:thingId', (req, res) => void res.json({ thingId: req.params.thingId }));
    things.post('/api/things/:thingId/close', () => {
      throw new HttpError(409, 'version-conflict', 'someone else closed it');
    });
    things.get('/api/boom', () => {
      throw new Error('a bug');
    });
    const nested = Router();
    nested.get('/items/:itemId', (_req, res) => void res.status(204).end());
    const mounted = Router();
    mounted.use('/api/nested', nested);
    const app = createHttpApp({ logger: pino({ level: 'silent' }), before: [requestDurations(registry)], routers: [things, mounted] });
    request = supertest(app);
    await request.get('/api/things/7f0c0a52').expect(200);
    await request.get('/api/things/1b9e44d0').expect(200);
    await request.post('/api/things/7f0c0a52/close').send({}).expect(409);
    await request.get('/api/boom').expect(500);
    await request.get('/api/nested/items/42').expect(204);
    await request.get('/api/no-such-thing/1b9e44d0').expect(404);
    await request.post('/api/things/7f0c0a52/close').set('Content-Type', 'application/json').send('{"broken').expect(400);
  });

  it('files each request under its route pattern and status, errors answered by the error handler included', async () => {
    expect(await counts(registry)).toEqual({
      'GET /api/things/:thingId 200': 2,
      'POST /api/things/:thingId/close 409': 1,
      'GET /api/boom 500': 1,
      'GET /api/nested/items/:itemId 204': 1,
      'GET unmatched 404': 1,
      'POST unmatched 400': 1,
    });
  });

  it('never puts a URL in a label', async () => {
    const text = await registry.getSingleMetricAsString('hotline_http_request_duration_seconds');
    expect(text).not.toMatch(/7f0c0a52|1b9e44d0|no-such-thing|\/42/);
  });
});
