import { createHttpApp } from '@hotline/http';
import type { Express } from 'express';
import type { Logger } from 'pino';
import type { CaseworkDeps } from './deps';
import { caseworkRouter } from './router';

/** Casework as its own service. */
export const createApp = (deps: CaseworkDeps & { logger: Logger }): Express =>
  createHttpApp({ logger: deps.logger, routers: [caseworkRouter(deps)] });
