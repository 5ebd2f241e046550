import type { CaseNumbers } from '@hotline/intake';
import { dayOf } from './business-time';

/**
 * Case numbers in the shape intake gives them (`12315-20230315-000042`), counted in memory: for a
 * store that has no intake tables beside it, such as a test's. The CLI uses intake's own.
 */
export function createMemoryCaseNumbers(): CaseNumbers {
  const last = new Map<string, number>();
  return {
    async next(channel, receivedAt) {
      const series = `${channel === 'transfer_12345' ? '12345' : '12315'}-${dayOf(receivedAt).replaceAll('-', '')}`;
      const next = (last.get(series) ?? 0) + 1;
      last.set(series, next);
      return `${series}-${String(next).padStart(6, '0')}`;
    },
  };
}
