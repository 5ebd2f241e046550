import type { Case } from '../case/state';
import type { CaseRegistered } from './events';

export function evolveRegistered({ data }: CaseRegistered): Case {
  const { occurredAt, deadlines, ...registration } = data;
  return {
    ...registration,
    status: 'registered',
    receivedAt: occurredAt,
    lastOccurredAt: occurredAt,
    version: 1,
    deadlines,
    reopenings: 0,
    notes: [],
  };
}
