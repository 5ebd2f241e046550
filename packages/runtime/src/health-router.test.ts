import type { EventStore } from '@hotline/event-store';
import express from 'express';
import { DummyDriver, Kysely, PostgresAdapter, PostgresIntrospector, PostgresQueryCompiler } from 'kysely';
import { describe, expect, it } from 'vitest';
import { healthRouter, type ReadinessCheck } from './health-router';
import { listen } from './process';

const storeUp = { streamRevision: async () => -1n } as unknown as EventStore;
const storeDown = { streamRevision: async () => Promise.reject(new Error('connection refused')) } as unknown as EventStore;
/** A database that answers every query with no rows (kysely's driver for building queries only). */
const db = new Kysely<unknown>({
  dialect: {
    createAdapter: () => new PostgresAdapter(),
    createDriver: () => new DummyDriver(),
    createIntrospector: (kysely) => new PostgresIntrospector(kysely),
    createQueryCompiler: () => new PostgresQueryCompiler(),
  },
});

/** Serves the router built with `store` and `checks`. */
const serve = (store: EventStore, checks?: Record<string, ReadinessCheck>) =>
  listen(express().use(healthRouter({ store, db, ...(checks && { checks }) })), { HOST: '127.0.0.1', PORT: 0 });

describe('readiness', () => {
  /** GET /readyz of the router built with `store` and `checks`. */
  async function probe(store: EventStore, checks?: Record<string, ReadinessCheck>) {
    const served = await serve(store, checks);
    try {
      const response = await fetch(`${served.url}/readyz`);
      return { status: response.status, body: await response.json() };
    } finally {
      await served.close();
    }
  }

  it('is 200 when the store and the database answer, as before named checks existed', async () => {
    expect(await probe(storeUp)).toEqual({ status: 200, body: { status: 'ready', checks: { store: 'up', database: 'up' } } });
  });

  it('is 503 when the store does not answer', async () => {
    expect(await probe(storeDown)).toMatchObject({ status: 503, body: { status: 'unavailable', checks: { store: 'down', database: 'up' } } });
  });

  it('stays 200 but says degraded when a named check is degraded', async () => {
    expect(await probe(storeUp, { redis: () => 'degraded' })).toEqual({
      status: 200,
      body: { status: 'degraded', checks: { store: 'up', database: 'up', redis: 'degraded' } },
    });
  });

  it('is 503 when a named check is down, throws or rejects', async () => {
    const checks: Record<string, ReadinessCheck> = {
      down: () => 'down',
      throws: () => {
        throw new Error('no');
      },
      rejects: async () => Promise.reject(new Error('no')),
      fine: async () => 'up' as const,
    };
    expect(await probe(storeUp, checks)).toMatchObject({
      status: 503,
      body: { status: 'unavailable', checks: { down: 'down', throws: 'down', rejects: 'down', fine: 'up' } },
    });
  });

  it('reads the checks at each probe, so one added after the router was built counts', async () => {
    const checks: Record<string, ReadinessCheck> = {};
    const served = await serve(storeUp, checks);
    try {
      checks.redis = () => 'degraded';
      expect(await (await fetch(`${served.url}/readyz`)).json()).toMatchObject({ status: 'degraded', checks: { redis: 'degraded' } });
    } finally {
      await served.close();
    }
  });
});
