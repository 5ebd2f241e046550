import { createHttpApp } from '@hotline/http';
import type { Express, Router } from 'express';
import type { Logger } from 'pino';
import { workOrderRepliesRouter, type WorkOrderRepliesRouterDeps } from './router';

/** The outbox as its own service; `routers` are served before its own (health probes). */
export const createApp = (deps: WorkOrderRepliesRouterDeps, process: { logger: Logger; routers?: readonly Router[]; corsOrigins?: readonly string[]; trustProxy?: string }): Express =>
  createHttpApp({ logger: process.logger, corsOrigins: process.corsOrigins ?? [], trustProxy: process.trustProxy ?? 'loopback', routers: [...(process.routers ?? []), workOrderRepliesRouter(deps)] });
