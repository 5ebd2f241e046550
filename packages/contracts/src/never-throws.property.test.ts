import fc from 'fast-check';
import { describe, it } from 'vitest';
import * as contracts from './index';

type Parser = { safeParse: (input: unknown) => unknown };
const isParser = (value: unknown): value is Parser =>
  typeof value === 'object' && value !== null && typeof (value as Partial<Parser>).safeParse === 'function';

// Every exported schema, found by shape so a new one is covered without editing this file,
// and one instance of each field factory.
const schemas = Object.entries<unknown>({
  ...contracts,
  ...contracts.CASE_ACTIONS,
  moneyFen: contracts.moneyFen('amountFen'),
  instant: contracts.instant('occurredAt'),
  civilDate: contracts.civilDate('from'),
  caseId: contracts.caseId('caseId'),
  slug: contracts.slug('stationId'),
  text: contracts.text('note', { max: 10, multiline: true }),
  oneOf: contracts.oneOf('format', ['json', 'csv']),
}).flatMap(([name, value]) => (isParser(value) ? [[name, value] as const] : []));

/** Mostly plausible bodies: objects whose keys are the API's own field names, with any values. */
const fieldNames = ['kind', 'channel', 'district', 'complainant', 'respondent', 'name', 'phone', 'summary', 'refundFen', 'at', 'from', 'to', 'limit', 'receivedAt', 'replyBy', 'expectedVersion', 'occurredAt'];
const plausible = fc.dictionary(fc.constantFrom(...fieldNames), fc.anything(), { maxKeys: 8 });

describe('no schema throws on any input', () => {
  it.each(schemas)('%s.safeParse only returns', (_name, schema) => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), plausible), (input) => {
        schema.safeParse(input);
      }),
      { numRuns: 300 },
    );
  });
});
