import { describe, expect, it } from 'vitest';
import { CaseError } from '../errors';
import { decider, run } from '../testing/case-spec';
import { PATHS, SAMPLE_COMMANDS } from '../testing/paths';
import { isAllowed } from './transitions';

describe('the lifecycle table', () => {
  for (const path of PATHS) {
    describe(`a ${path.kind} that is ${path.status}`, () => {
      const { state } = run(path.commands);

      it(`is reached by ${path.commands.map((c) => c.type).join(' → ')}`, () => {
        expect(state.status).toBe(path.status);
      });

      for (const next of SAMPLE_COMMANDS) {
        const allowed = isAllowed(next.type as Exclude<typeof next.type, 'RegisterCase'>, path.kind, path.status);
        it(`${allowed ? 'takes' : 'refuses'} ${next.type}`, () => {
          const result = decider.decide(next, state);
          if (allowed) {
            expect(result).not.toBeInstanceOf(CaseError);
          } else {
            expect(result).toBeInstanceOf(CaseError);
            expect((result as CaseError).code).toBe('case/illegal-transition');
            expect((result as CaseError).details).toEqual({ command: next.type, kind: path.kind, status: path.status });
          }
        });
      }
    });
  }
});

describe('a case that was never registered', () => {
  it.each(SAMPLE_COMMANDS.map((c) => [c.type, c] as const))('refuses %s with case/not-registered', (_type, next) => {
    const result = decider.decide(next, decider.initialState);
    expect(result).toBeInstanceOf(CaseError);
    expect((result as CaseError).code).toBe('case/not-registered');
  });
});
