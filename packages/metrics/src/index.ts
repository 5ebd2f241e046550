// The public surface of @hotline/metrics: what a composition wires in (see docs/metrics.md).
export { createMetrics, type Metrics } from './metrics';
export { instrumentedStore } from './appends';
export { metricsRouter } from './metrics-router';
