import { spawn } from 'node:child_process';
import { request, Agent, type IncomingMessage } from 'node:http';
import { connect } from 'node:net';
import { createInterface } from 'node:readline';
import express from 'express';
import { describe, expect, it } from 'vitest';
import { listen } from './process';

const FIXTURE = new URL('./process.fixture.ts', import.meta.url).pathname;

/** GET `path` over `agent`; resolves with the response, its body read. */
const get = (url: string, path: string, agent: Agent) =>
  new Promise<IncomingMessage & { text: string }>((resolve, reject) => {
    request(`${url}${path}`, { agent }, (response) => {
      let text = '';
      response.setEncoding('utf8').on('data', (chunk: string) => (text += chunk));
      response.on('end', () => resolve(Object.assign(response, { text })));
    })
      .on('error', reject)
      .end();
  });

/** Whether a new TCP connection to `url` is refused. */
const refused = (url: string) =>
  new Promise<boolean>((resolve) => {
    const { hostname, port } = new URL(url);
    const socket = connect(Number(port), hostname);
    socket.once('connect', () => (socket.destroy(), resolve(false)));
    socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code === 'ECONNREFUSED'));
  });

describe('listen(...).close()', () => {
  it('refuses new connections at once, answers the requests in flight, and does not wait for keep-alive connections', async () => {
    const app = express().get('/slow', (_req, res) => void setTimeout(() => res.send('done'), 300)).get('/fast', (_req, res) => void res.send('ok'));
    const served = await listen(app, { HOST: '127.0.0.1', PORT: 0 });
    const agent = new Agent({ keepAlive: true });
    try {
      await get(served.url, '/fast', agent); // leaves an idle keep-alive connection behind
      const slow = get(served.url, '/slow', new Agent({ keepAlive: true }));
      await new Promise((resolve) => setTimeout(resolve, 100));
      const started = Date.now();
      const closed = served.close();
      expect(await refused(served.url)).toBe(true);
      const answer = await slow;
      expect([answer.statusCode, answer.text, answer.headers.connection]).toEqual([200, 'done', 'close']);
      await closed;
      // Without `Connection: close` the in-flight request's connection would hold the close for keepAliveTimeout (5 s).
      expect(Date.now() - started).toBeLessThan(1000);
    } finally {
      agent.destroy();
    }
  });
});

describe('runProcess on SIGTERM', () => {
  /** Runs the fixture with `stop`, sends SIGTERM `signals` times once it is ready; its exit code, log messages and time from the signal. */
  function terminate(stop: 'ok' | 'fail' | 'hang', signals = 1) {
    return new Promise<{ code: number | null; lines: string[]; ms: number }>((resolve, reject) => {
      const child = spawn(process.execPath, ['--import', 'tsx', FIXTURE], { env: { ...process.env, STOP: stop, DEADLINE_MS: '500' }, stdio: ['ignore', 'pipe', 'inherit'] });
      const lines: string[] = [];
      let signalled = 0;
      createInterface({ input: child.stdout! }).on('line', (line) => {
        lines.push(line.startsWith('{') ? (JSON.parse(line) as { msg: string }).msg : line);
        if (line !== 'ready') return;
        signalled = Date.now();
        for (let i = 0; i < signals; i++) child.kill('SIGTERM');
      });
      // Past every case's bound: the test fails rather than leave the process behind.
      const kill = setTimeout(() => child.kill('SIGKILL'), 10_000);
      child.once('error', reject);
      child.once('exit', (code) => (clearTimeout(kill), resolve({ code, lines, ms: Date.now() - signalled })));
    });
  }

  it('stops once and exits 0 when the stop finishes', async () => {
    const { code, lines } = await terminate('ok', 2);
    expect(code).toBe(0);
    expect(lines).toEqual(['ready', 'shutting down', 'stopping', 'shut down']);
  }, 20_000);

  it('exits 1, saying why, when the stop fails', async () => {
    const { code, lines } = await terminate('fail');
    expect(code).toBe(1);
    expect(lines).toEqual(['ready', 'shutting down', 'stopping', 'shutdown failed']);
  }, 20_000);

  it('exits 1 at the deadline, saying so, when the stop never ends', async () => {
    const { code, lines, ms } = await terminate('hang');
    expect(code).toBe(1);
    expect(lines).toEqual(['ready', 'shutting down', 'stopping', 'shutdown did not finish within the deadline; exiting without it']);
    expect(ms).toBeGreaterThanOrEqual(500);
    expect(ms).toBeLessThan(5000);
  }, 20_000);
});
