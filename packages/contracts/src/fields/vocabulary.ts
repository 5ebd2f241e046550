import * as z from 'zod';
import {
  CASE_KINDS,
  CATEGORIES,
  CHANNELS,
  REJECTION_GROUNDS,
  ROLES,
  SATISFACTION_LEVELS,
  SESSION_MODES,
  SUBJECTS,
  SUSPENSION_REASONS,
  TERMINATION_GROUNDS,
} from '@hotline/domain';
import { fieldError } from './field-error';

/**
 * One of the domain's words, with a message that lists them.
 *
 * @example
 * oneOf('kind', CASE_KINDS).safeParse('compliant') // fails: "kind must be one of consultation, complaint, report"
 */
export function oneOf<const T extends readonly [string, ...string[]]>(name: string, values: T) {
  return z.enum(values, { error: fieldError(name, `${name} must be one of ${values.join(', ')}`) });
}

export const caseKind = (name = 'kind') => oneOf(name, CASE_KINDS);
export const channel = (name = 'channel') => oneOf(name, CHANNELS);
export const role = (name = 'role') => oneOf(name, ROLES);
export const category = (name = 'category') => oneOf(name, CATEGORIES);
export const subject = (name = 'subject') => oneOf(name, SUBJECTS);
export const sessionMode = (name = 'mode') => oneOf(name, SESSION_MODES);
export const satisfaction = (name = 'satisfaction') => oneOf(name, SATISFACTION_LEVELS);
export const rejectionGround = (name = 'ground') => oneOf(name, REJECTION_GROUNDS);
export const terminationGround = (name = 'reason') => oneOf(name, TERMINATION_GROUNDS);
export const suspensionReason = (name = 'reason') => oneOf(name, SUSPENSION_REASONS);
