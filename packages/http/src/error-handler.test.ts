import { Router } from 'express';
import { pino } from 'pino';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { createHttpApp } from './http-app';

/** An app whose one route fails as a database driver does, with this SQLSTATE. */
const failingWith = (code: string) =>
  createHttpApp({
    logger: pino({ level: 'silent' }),
    routers: [
      Router().get('/fail', () => {
        throw Object.assign(new Error('the database said no'), { code, severity: 'ERROR' });
      }),
    ],
  });

describe('errors the database raises', () => {
  it.each(['22008', '22009', '22021', '22P02', '22P05'])('a data exception (%s): the request held a value it cannot take, 400', async (code) => {
    const response = await request(failingWith(code)).get('/fail').expect(400);
    expect(response.body).toEqual({ error: { code: 'input/out-of-range', message: expect.any(String) } });
    expect(JSON.stringify(response.body)).not.toContain('the database said no');
  });

  it.each(['23505', '42P01', '2200', '220080', 'XX000'])('anything else (%s) stays a 500 without internals', async (code) => {
    const response = await request(failingWith(code)).get('/fail').expect(500);
    expect(response.body).toEqual({ error: { code: 'internal', message: 'something went wrong on our side' } });
  });
});
