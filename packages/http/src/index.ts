export { HttpError, badInput, notFound } from './http-error';
export { validated } from './validate';
export { expectedVersionOf, etagOf } from './expected-version';
export { STATUS_BY_CODE, isUnavailable } from './error-status';
export { errorHandler, unknownRoute } from './error-handler';
export { correlation, correlationIdOf } from './correlation';
export { createHttpApp, BODY_LIMIT } from './http-app';
export { requestContextOf } from './request-context';
export { inBodyTerms } from './body-fields';
