import { createHttpApp } from '@hotline/http';
import type { Express } from 'express';
import type { Logger } from 'pino';
import type { IntakeDeps } from './deps';
import { intakeRouter } from './router';

/** Intake as its own service. */
export const createApp = (deps: IntakeDeps & { logger: Logger }): Express =>
  createHttpApp({ logger: deps.logger, routers: [intakeRouter(deps)] });
