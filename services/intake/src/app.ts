import { createHttpApp } from '@hotline/http';
import type { Express, Router } from 'express';
import type { Logger } from 'pino';
import type { IntakeDeps } from './deps';
import { intakeRouter, type IntakeLimits } from './router';

/** Intake as its own service; `routers` are served before its own (health probes, sign-in). */
export const createApp = (
  deps: IntakeDeps,
  process: { logger: Logger; routers?: readonly Router[]; corsOrigins?: readonly string[]; trustProxy?: string; limits?: IntakeLimits },
): Express => createHttpApp({ logger: process.logger, corsOrigins: process.corsOrigins ?? [], trustProxy: process.trustProxy ?? 'loopback', routers: [...(process.routers ?? []), intakeRouter(deps, process.limits)] });
