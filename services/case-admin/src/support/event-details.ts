/** An amount of fen as yuan, in whole-number arithmetic: 149900 → `1,499.00元`. */
export function yuan(fen: number): string {
  return `${Math.floor(fen / 100).toLocaleString('en')}.${String(fen % 100).padStart(2, '0')}元`;
}

function shown(key: string, value: unknown): string {
  if (typeof value === 'number' && key.endsWith('Fen')) return yuan(value);
  if (typeof value === 'object' && value !== null) {
    return `{${Object.entries(value).map(([inner, innerValue]) => `${inner}: ${shown(inner, innerValue)}`).join(', ')}}`;
  }
  // One event, one table row: line breaks in a summary or note would break the table.
  return String(value).replace(/\s*[\r\n]+\s*/g, ' ');
}

/**
 * An event's data on one line, `key: value; ...`, amounts in yuan. Every event type reads the
 * same way, so a type added to the domain shows without a change here. `occurredAt` and
 * `caseId` are left out: the table has a column for the one and a title for the other.
 */
export function eventDetails(data: Readonly<Record<string, unknown>>): string {
  return Object.entries(data)
    .filter(([key]) => key !== 'occurredAt' && key !== 'caseId')
    .map(([key, value]) => `${key}: ${shown(key, value)}`)
    .join('; ');
}
