import type { Operation } from '../operation';
import { ACCOUNT_OPERATIONS } from './accounts';
import { CASE_OPERATIONS } from './cases';
import { FIGURES_OPERATIONS } from './figures';
import { HOTLINE_12345_OPERATIONS } from './hotline-12345';
import { SERVICE_OPERATIONS } from './service';

export { DOCS_PATH, OPENAPI_PATH } from './service';

/**
 * Every operation of the API, in the order the document lists them. Answers without a schema are
 * those packages/contracts does not describe yet; docs/http-api.md tells their fields.
 */
export const OPERATIONS: readonly Operation[] = [...ACCOUNT_OPERATIONS, ...CASE_OPERATIONS, ...FIGURES_OPERATIONS, ...HOTLINE_12345_OPERATIONS, ...SERVICE_OPERATIONS];
