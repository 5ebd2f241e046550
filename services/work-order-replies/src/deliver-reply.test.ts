import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deliverReply } from './deliver-reply';

const SECRET = 'the-12345-shared-secret-the-12345-shared-secret';
const NOW = new Date('2026-11-23T02:00:00Z');

/** A local stand-in for 12345 that answers each path its own way and remembers what it got. */
const received: { path: string; headers: IncomingMessage['headers']; body: string }[] = [];
const ANSWERS: Record<string, (res: ServerResponse) => void> = {
  '/ok': (res) => res.writeHead(202).end(),
  '/busy': (res) => res.writeHead(503, { 'content-type': 'text/plain' }).end('try later'),
  '/moved': (res) => res.writeHead(302, { location: '/ok' }).end(),
  '/slow': (res) => void setTimeout(() => res.writeHead(200).end(), 500),
};

let server: Server;
let base: string;
beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    req.on('end', () => {
      received.push({ path: req.url ?? '', headers: req.headers, body });
      ANSWERS[req.url ?? '']?.(res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const target = (path: string, timeoutMs = 2000) => ({ url: `${base}${path}`, secret: SECRET, timeoutMs });
const body = JSON.stringify({ idempotencyKey: 'k-1', summary: '调解达成协议' });

describe('deliverReply', () => {
  it('POSTs the body as it is, signed, with the idempotency key; any 2xx is delivered', async () => {
    expect(await deliverReply(target('/ok'), body, 'k-1', NOW)).toEqual({ delivered: true });
    const got = received.find((request) => request.path === '/ok')!;
    expect(got.body).toBe(body);
    expect(got.headers).toMatchObject({ 'content-type': 'application/json', 'idempotency-key': 'k-1', 'x-hotline-timestamp': '1795399200', 'x-hotline-signature': expect.stringMatching(/^[0-9a-f]{64}$/) });
  });

  it('keeps the status and the start of the answer of a refusal', async () => {
    expect(await deliverReply(target('/busy'), body, 'k-1', NOW)).toEqual({ delivered: false, error: 'HTTP 503: try later' });
  });

  it('does not follow a redirect: the POST would land elsewhere as a GET', async () => {
    const before = received.filter((request) => request.path === '/ok').length;
    expect(await deliverReply(target('/moved'), body, 'k-1', NOW)).toEqual({ delivered: false, error: 'HTTP 302' });
    expect(received.filter((request) => request.path === '/ok')).toHaveLength(before);
  });

  it('gives up on an answer that takes longer than the timeout', async () => {
    expect(await deliverReply(target('/slow', 100), body, 'k-1', NOW)).toEqual({ delivered: false, error: 'no answer in time' });
  });

  it('names the network error when nobody listens', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(closed.address() as AddressInfo).port}/`;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const attempt = await deliverReply({ url, secret: SECRET, timeoutMs: 2000 }, body, 'k-1', NOW);
    expect(attempt).toEqual({ delivered: false, error: expect.stringContaining('ECONNREFUSED') });
  });
});
