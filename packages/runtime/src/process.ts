import type { Express } from 'express';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from 'pino';
import type { Config } from './config';

export interface Running {
  stop(): Promise<void>;
}

/** Listens on HOST:PORT; resolves with the URL once the port is bound. */
export async function listen(app: Express, config: Pick<Config, 'HOST' | 'PORT'>): Promise<{ url: string; server: Server; close(): Promise<void> }> {
  const server = app.listen(config.PORT, config.HOST);
  await new Promise<void>((resolve, reject) => server.once('listening', resolve).once('error', reject));
  return {
    url: `http://${config.HOST}:${(server.address() as AddressInfo).port}`,
    server,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * A service's process from start to exit: logs and exits 1 if it cannot start; on SIGINT or
 * SIGTERM, stops it and exits 0.
 */
export function runProcess(logger: Logger, starting: Promise<Running>): void {
  starting.then(
    (running) => {
      const stop = async (signal: string) => {
        logger.info({ signal }, 'shutting down');
        await running.stop();
        logger.flush();
        process.exit(0);
      };
      process.once('SIGINT', () => void stop('SIGINT'));
      process.once('SIGTERM', () => void stop('SIGTERM'));
    },
    (error: unknown) => {
      logger.fatal({ err: error }, error instanceof Error ? error.message : 'failed to start');
      logger.flush();
      process.exit(1);
    },
  );
}
