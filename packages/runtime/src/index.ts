// The public surface of @hotline/runtime: what every service's main shares.
export { configSchema, configOrExit, parseConfig, type Config } from './config';
export { loadSecrets, type Secrets } from './secrets';
export { openStorage, type Storage } from './storage';
export { healthRouter, type ReadinessCheck, type CheckState } from './health-router';
export { createLogger } from './logger';
export { listen, runProcess, type Running } from './process';
