import { describe, expect, it } from 'vitest';
import { isUnavailable } from './error-status';

describe('isUnavailable', () => {
  // What pg gives while the server restarts, as seen against a real one (tests/faults/database-restart.test.ts).
  it.each([
    ['connection refused', Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' })],
    ['the server shutting down', Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' })],
    ['the server starting up', Object.assign(new Error('the database system is starting up'), { code: '57P03' })],
    ['the socket closed under a query', new Error('Connection terminated unexpectedly')],
    ['a query on a connection lost between two statements of a transaction', new Error('Client has encountered a connection error and is not queryable')],
  ])('is true of %s', (_case, error) => {
    expect(isUnavailable(error)).toBe(true);
  });

  it.each([
    ['a unique violation', Object.assign(new Error('duplicate key value violates unique constraint'), { code: '23505' })],
    ['a bug', new TypeError("Cannot read properties of undefined (reading 'id')")],
    ['not an error', 'ECONNREFUSED'],
  ])('is false of %s', (_case, error) => {
    expect(isUnavailable(error)).toBe(false);
  });
});
