import { newUserBodySchema } from '@hotline/access';
import { loginBodySchema, loginResponseSchema } from '@hotline/contracts';
import { input, type Operation } from '../operation';

/** Signing in, and the admins' accounts. */
export const ACCOUNT_OPERATIONS: readonly Operation[] = [
  {
    method: 'post',
    path: '/api/v1/auth/login',
    operationId: 'signIn',
    summary: 'Sign in',
    description: 'Five wrong passwords lock the account for 15 minutes (423 `auth/locked`); 10 sign-ins a minute per address (429).',
    tag: 'sign-in',
    auth: 'public',
    body: input(loginBodySchema, { 'the demo mediator': { username: 'mediator', password: 'demo' } }),
    answers: { 200: { description: 'The bearer token.', schema: loginResponseSchema } },
  },
  {
    method: 'get',
    path: '/api/v1/users',
    operationId: 'listUsers',
    summary: 'The accounts',
    tag: 'users',
    auth: 'bearer',
    answers: { 200: { description: '`{ users }`, without password hashes.' } },
  },
  {
    method: 'post',
    path: '/api/v1/users',
    operationId: 'createUser',
    summary: 'Create an account',
    description: 'A mediator needs a `stationId`. 409 `access/duplicate-username`.',
    tag: 'users',
    auth: 'bearer',
    body: input(newUserBodySchema, {
      'a mediator of Zhongnan station': { username: 'li.na', password: 'a-long-passphrase', displayName: '李娜', role: 'mediator', district: 'wuchang', stationId: 'zhongnan' },
    }),
    answers: { 201: { description: '`{ user }`.' } },
  },
  {
    method: 'post',
    path: '/api/v1/users/:userId/unlock',
    operationId: 'unlockUser',
    summary: 'Lift a lockout',
    tag: 'users',
    auth: 'bearer',
    answers: { 200: { description: '`{ user }`.' } },
  },
];
