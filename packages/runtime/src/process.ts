import type { Express } from 'express';
import type { Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from 'pino';
import type { Config } from './config';

export interface Running {
  stop(): Promise<void>;
}

/**
 * How long a stop may take before the process gives up on it and exits 1. Under `docker stop`'s
 * 10 s, so the process says why it did not finish before anything kills it.
 */
export const STOP_DEADLINE_MS = 9000;

/**
 * Listens on HOST:PORT; resolves with the URL once the port is bound. `close` stops accepting at
 * once, lets the requests in flight finish, and resolves once every connection is gone.
 */
export async function listen(app: Express, config: Pick<Config, 'HOST' | 'PORT'>): Promise<{ url: string; server: Server; close(): Promise<void> }> {
  const server = app.listen(config.PORT, config.HOST);
  await new Promise<void>((resolve, reject) => server.once('listening', resolve).once('error', reject));
  // A keep-alive connection would outlive its last answer by keepAliveTimeout and hold the close
  // up that long: once closing, every answer says `Connection: close`, and a connection whose
  // answer had already started is dropped as soon as that answer is out.
  const inFlight = new Set<ServerResponse>();
  let closing: Promise<void> | undefined;
  const endWithAnswer = (res: ServerResponse) => {
    if (!res.headersSent) res.setHeader('Connection', 'close');
    else res.once('finish', () => server.closeIdleConnections());
  };
  server.on('request', (_req, res: ServerResponse) => {
    if (closing) endWithAnswer(res);
    inFlight.add(res);
    res.once('close', () => inFlight.delete(res));
  });
  return {
    url: `http://${config.HOST}:${(server.address() as AddressInfo).port}`,
    server,
    close: () =>
      (closing ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        inFlight.forEach(endWithAnswer);
        server.closeIdleConnections();
      })),
  };
}

/**
 * A service's process from start to exit: logs and exits 1 if it cannot start. On SIGINT or
 * SIGTERM it stops the service (which finishes what is in flight and closes in order) and exits
 * 0; if stopping fails, or takes longer than `deadlineMs`, it logs why and exits 1.
 */
export function runProcess(logger: Logger, starting: Promise<Running>, deadlineMs = STOP_DEADLINE_MS): void {
  const exit = (code: number): never => {
    logger.flush();
    process.exit(code);
  };
  // A promise nobody handled means a state nobody planned for: exit (as Node would) but say why in
  // the logs first, so the orchestrator's restart comes with its cause.
  process.on('unhandledRejection', (reason) => {
    logger.fatal({ err: reason }, 'an unhandled promise rejection; exiting');
    exit(1);
  });
  starting.then(
    (running) => {
      let stopping = false;
      const stop = async (signal: string) => {
        if (stopping) return; // a second signal does not start a second stop
        stopping = true;
        const started = Date.now();
        logger.info({ signal, deadlineMs }, 'shutting down');
        setTimeout(() => {
          logger.error({ deadlineMs }, 'shutdown did not finish within the deadline; exiting without it');
          exit(1);
        }, deadlineMs);
        try {
          await running.stop();
        } catch (error) {
          logger.error({ err: error }, 'shutdown failed');
          exit(1);
        }
        logger.info({ ms: Date.now() - started }, 'shut down');
        exit(0);
      };
      process.on('SIGINT', () => void stop('SIGINT'));
      process.on('SIGTERM', () => void stop('SIGTERM'));
    },
    (error: unknown) => {
      logger.fatal({ err: error }, error instanceof Error ? error.message : 'failed to start');
      exit(1);
    },
  );
}
