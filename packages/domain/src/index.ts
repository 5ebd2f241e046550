export * from './vocabulary';
export * from './rulebooks/index';
