import { createHttpApp } from '@hotline/http';
import pino from 'pino';
import { Counter, Registry } from 'prom-client';
import supertest from 'supertest';
import { describe, expect, it } from 'vitest';
import { metricsRouter } from './metrics-router';

function served(token?: string) {
  const registry = new Registry();
  new Counter({ name: 'hotline_probe_total', help: 'A counter to find in the text.', registers: [registry] }).inc(2);
  const app = createHttpApp({ logger: pino({ level: 'silent' }), routers: [metricsRouter({ registry, token })] });
  return { registry, request: supertest(app) };
}

describe('GET /metrics', () => {
  it('answers the registry in its text format, to anyone when no token is set', async () => {
    const { registry, request } = served();
    const response = await request.get('/metrics').expect(200);
    expect(response.headers['content-type']).toBe(registry.contentType);
    expect(response.text).toContain('hotline_probe_total 2');
  });

  it('asks for the bearer token when one is set', async () => {
    const { request } = served('metrics-token-of-the-scraper');
    for (const authorization of [undefined, 'Bearer another-token', 'metrics-token-of-the-scraper', 'Bearer metrics-token-of-the-scraper-and-more']) {
      const call = request.get('/metrics');
      const response = await (authorization ? call.set('Authorization', authorization) : call);
      expect(response.status, authorization).toBe(401);
      expect(response.body.error.code).toBe('auth/unauthenticated');
      expect(response.text).not.toContain('hotline_probe_total');
    }
    const allowed = await request.get('/metrics').set('Authorization', 'Bearer metrics-token-of-the-scraper').expect(200);
    expect(allowed.text).toContain('hotline_probe_total 2');
  });
});
