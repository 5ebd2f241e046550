/**
 * A process for process.test.ts: runs a service whose stop behaves as STOP says (`ok`: takes
 * 200 ms, `fail`: throws, `hang`: never ends, holding the event loop as a stuck connection
 * would), with a deadline of DEADLINE_MS; says `ready` and each `stopping` on stdout.
 */
import pino from 'pino';
import { runProcess } from './process';

const logger = pino(pino.destination({ sync: true }));
const stops = {
  ok: () => new Promise<void>((resolve) => setTimeout(resolve, 200)),
  fail: () => Promise.reject(new Error('the database would not close')),
  hang: () => new Promise<void>(() => setInterval(() => undefined, 1000)),
};
const stop = stops[process.env.STOP as keyof typeof stops];

runProcess(
  logger,
  Promise.resolve({
    stop() {
      console.log('stopping');
      return stop();
    },
  }),
  Number(process.env.DEADLINE_MS),
);
// What a listening server would do: keep the process alive until it is told to stop.
setInterval(() => undefined, 60_000);
// On the next turn: runProcess sets its signal handlers once `starting` has resolved.
setImmediate(() => console.log('ready'));
