import pino, { type Logger } from 'pino';
import type { Config } from './config';

/** JSON logs to stdout, buffered and written asynchronously: a synchronous write per request line showed in profiles. */
export const createLogger = (config: Pick<Config, 'LOG_LEVEL'>): Logger =>
  pino({ level: config.LOG_LEVEL }, pino.destination({ sync: false, minLength: 4096 }));
