/**
 * `npm start`: every service in one process. Embedded PGlite in DATA_DIR by default (demo users
 * and cases seeded on first run), PostgreSQL with DATABASE_URL, EventStoreDB with EVENTSTORE_URL.
 */
import { createLogger, configOrExit, runProcess } from '@hotline/runtime';
import { start } from './start';

const config = configOrExit(process.env);
const logger = createLogger(config);
runProcess(logger, start(config, logger));
