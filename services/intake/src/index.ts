export { intakeRouter, type IntakeLimits } from './router';
export { createApp } from './app';
export type { IntakeDeps } from './deps';
export { INTAKE_MIGRATIONS, type IntakeTables } from './intake-tables';
export { createCaseNumbers, type CaseNumbers } from './case-numbers';
export { signWorkOrder, SIGNATURE_HEADER, TIMESTAMP_HEADER, MAX_SKEW_SECONDS } from './work-order-signature';
export { HOTLINE_12345 } from './work-order-route';
export { register as registerCase, type Registered } from './registration';
