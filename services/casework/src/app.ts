import { createHttpApp } from '@hotline/http';
import type { Express, Router } from 'express';
import type { Logger } from 'pino';
import type { CaseworkDeps } from './deps';
import { caseworkRouter } from './router';

/** Casework as its own service; `routers` are served before its own (health probes, sign-in). */
export const createApp = (deps: CaseworkDeps, process: { logger: Logger; routers?: readonly Router[]; corsOrigins?: readonly string[]; trustProxy?: string }): Express =>
  createHttpApp({ logger: process.logger, corsOrigins: process.corsOrigins ?? [], trustProxy: process.trustProxy ?? 'loopback', routers: [...(process.routers ?? []), caseworkRouter(deps)] });
