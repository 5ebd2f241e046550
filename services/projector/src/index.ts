// The public surface of @hotline/projector.
export { startProjector, type AppliedListener, type Projector, type ProjectorDeps } from './projector';
export { readSideRouter } from './router';
export { createApp } from './app';
export type { ReadSideDeps } from './deps';
