export { composeApp, type Composition } from './compose';
export { parseConfig, configSchema, type Config } from './config';
export { start } from './start';
export { seedDemoCases } from './demo-cases';
