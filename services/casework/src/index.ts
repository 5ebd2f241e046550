export { caseworkRouter } from './router';
export { createApp } from './app';
export type { CaseworkDeps } from './deps';
export { ACTION_COMMANDS } from './action-commands';
