import { createHttpApp } from '@hotline/http';
import type { Express, Router } from 'express';
import type { Logger } from 'pino';
import type { IntakeDeps } from './deps';
import { intakeRouter } from './router';

/** Intake as its own service; `routers` are served before its own (health probes, sign-in). */
export const createApp = (deps: IntakeDeps, process: { logger: Logger; routers?: readonly Router[] }): Express =>
  createHttpApp({ logger: process.logger, routers: [...(process.routers ?? []), intakeRouter(deps)] });
