import { shanghaiDateOf, toUtcInstant } from '../clocks/local-date';
import type { LocalDate } from '../clocks/working-day-calendar';
import { CaseError } from '../errors';
import type { CommandMetadata } from './command';
import { isRegistered, type CaseState } from './state';

/**
 * When a command happened in business terms: `occurredAt`, defaulting to the server's now,
 * never in the future and never before the case's previous event, so a migrated history
 * stays in order and nobody back-dates a decision behind an earlier one.
 */
export function businessTime(
  metadata: CommandMetadata,
  state: CaseState,
): { occurredAt: string; on: LocalDate } | CaseError {
  const now = toUtcInstant(metadata.now);
  if (!now) return new CaseError('case/invalid-time', 'the server clock gave no valid instant', { field: 'now' });
  const occurredAt = metadata.occurredAt === undefined ? now : toUtcInstant(metadata.occurredAt);
  if (!occurredAt) {
    return new CaseError('case/invalid-time', 'occurredAt must be an ISO 8601 instant with an offset or Z', {
      field: 'occurredAt',
    });
  }
  if (Date.parse(occurredAt) > Date.parse(now)) {
    return new CaseError('case/invalid-time', 'occurredAt may not be in the future', { field: 'occurredAt', now });
  }
  if (isRegistered(state) && Date.parse(occurredAt) < Date.parse(state.lastOccurredAt)) {
    return new CaseError('case/invalid-time', 'occurredAt may not be before the case\'s previous event', {
      field: 'occurredAt',
      previous: state.lastOccurredAt,
    });
  }
  return { occurredAt, on: shanghaiDateOf(occurredAt) as LocalDate };
}
