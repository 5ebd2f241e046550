/**
 * `npm start`: every service in one process. Embedded PGlite in DATA_DIR by default (demo users
 * and cases seeded on first run), PostgreSQL with DATABASE_URL, EventStoreDB with EVENTSTORE_URL.
 */
import pino from 'pino';
import { parseConfig } from './config';
import { start } from './start';

const config = parseConfig(process.env);
// Buffered, asynchronous writes: a synchronous write per request line showed in profiles.
const logger = pino({ level: config.LOG_LEVEL }, pino.destination({ sync: false, minLength: 4096 }));

start(config, logger).then(
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
