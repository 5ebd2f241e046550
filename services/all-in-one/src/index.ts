export { composeHotline, startLiveFeed, type Composition, type ComposedHotline } from './compose';
export { start, ALL_MIGRATIONS } from './start';
export { seedDemoCases } from './demo-cases';
