import type pg from 'pg';
import type { EventStore } from '../src/index';
import { rate, type Row } from './report';

const PAGE = 1000;
const TARGET = { kind: 'absolute', min: 100_000 } as const;

/**
 * The first read after a bulk write also sets every row's hint bits (PostgreSQL learns the
 * writing transactions' fate once and records it in the page), so it is reported apart from
 * a settled read, which is what a projection rebuild of older events meets.
 */
export async function readAllRows(store: EventStore, admin: pg.Pool, schema: string, expected: number): Promise<Row[]> {
  const readAllPass = async () => {
    let read = 0;
    const started = performance.now();
    for (let from: bigint | undefined; ; ) {
      const page = await store.readAll({ fromPosition: from, maxCount: PAGE });
      read += page.length;
      if (page.length < PAGE) break;
      from = page.at(-1)?.position;
    }
    if (read !== expected) throw new Error(`readAll returned ${read} events, expected ${expected}`);
    return rate(read, performance.now() - started);
  };
  const barePass = async () => {
    const started = performance.now();
    const { rowCount } = await admin.query(`SELECT * FROM "${schema}".bare`);
    return rate(rowCount ?? 0, performance.now() - started);
  };
  const first = { store: await readAllPass(), bare: await barePass() };
  const settled = { store: await readAllPass(), bare: await barePass() };
  const row = (figure: string, pass: { store: number; bare: number }): Row => ({
    figure,
    value: pass.store,
    baseline: { value: pass.bare, what: 'node-postgres alone: one SELECT * of the bare table, no mapping' },
    target: TARGET,
  });
  return [row(`readAll catch-up, pages of ${PAGE}, first read after the writes`, first), row(`readAll catch-up, pages of ${PAGE}, settled`, settled)];
}

export async function subscriptionRow(store: EventStore, expected: number): Promise<Row> {
  const subscription = store.subscribeToAll();
  let read = 0;
  const started = performance.now();
  for await (const _ of subscription) if (++read === expected) break;
  await subscription.close();
  return { figure: 'subscribeToAll catch-up', value: rate(read, performance.now() - started), target: TARGET };
}

