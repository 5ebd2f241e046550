import { describe, expect, it } from 'vitest';
import { toIssues } from '../issues';
import { casesListQuerySchema } from './cases-list';

const pathsOf = (input: unknown) => {
  const result = casesListQuerySchema.safeParse(input);
  return result.success ? [] : toIssues(result.error).map((issue) => issue.path);
};

describe('casesListQuerySchema', () => {
  it('defaults the page size to 50', () => {
    expect(casesListQuerySchema.parse({})).toEqual({ limit: 50 });
  });

  it('reads query-string text as numbers and flags', () => {
    expect(
      casesListQuerySchema.parse({
        status: 'mediating',
        kind: 'complaint',
        channel: 'transfer_12345',
        district: 'wuchang',
        station: 'zhongnan',
        assignee: 'mediator-7',
        overdue: 'true',
        receivedFrom: '2026-05-01',
        receivedTo: '2026-06-01',
        q: '空调',
        cursor: 'eyJwIjoiMTIzIn0',
        limit: '200',
      }),
    ).toMatchObject({ overdue: true, limit: 200, q: '空调' });
    expect(casesListQuerySchema.parse({ overdue: '0' }).overdue).toBe(false);
    expect(casesListQuerySchema.parse({ overdue: false }).overdue).toBe(false);
  });

  it.each([
    [{ limit: '0' }, 'limit'],
    [{ limit: '201' }, 'limit'],
    [{ limit: '2.5' }, 'limit'],
    [{ limit: 'ten' }, 'limit'],
    [{ overdue: 'yes' }, 'overdue'],
    [{ kind: 'complaints' }, 'kind'],
    [{ receivedFrom: '2026-5-1' }, 'receivedFrom'],
    [{ q: 'q'.repeat(101) }, 'q'],
    [{ cursor: 'has space' }, 'cursor'],
    [{ page: '2' }, 'page'],
  ])('refuses %j at %s', (query, path) => {
    expect(pathsOf(query)).toEqual([path]);
  });

  it('refuses a received period that ends before it starts', () => {
    expect(pathsOf({ receivedFrom: '2026-06-01', receivedTo: '2026-05-01' })).toEqual(['receivedTo']);
  });
});
