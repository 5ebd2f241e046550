import { describe, expect, it } from 'vitest';
import { createRandom } from './random';

describe('the seeded random source', () => {
  const draws = (seed: number | string, n = 8) => {
    const random = createRandom(seed);
    return Array.from({ length: n }, () => random.next());
  };

  it('gives the same draws for the same seed and other draws for another', () => {
    expect(draws(42)).toEqual(draws(42));
    expect(draws(42)).not.toEqual(draws(43));
    expect(draws('ezhou-2023h1')).not.toEqual(draws('wuchang-2022-2023'));
  });

  it('pins its first draws, so a plan stays the same across Node versions', () => {
    expect(draws(12315, 3).map((x) => x.toFixed(10))).toMatchInlineSnapshot(`
      [
        "0.4341872782",
        "0.9118995280",
        "0.4142805065",
      ]
    `);
  });

  it('draws integers within bounds and picks by weight', () => {
    const random = createRandom(7);
    const ints = Array.from({ length: 10_000 }, () => random.int(3, 5));
    expect(new Set(ints)).toEqual(new Set([3, 4, 5]));
    const picks = Array.from({ length: 10_000 }, () => random.weighted({ a: 9, b: 1, never: 0 }));
    expect(picks).not.toContain('never');
    expect(picks.filter((p) => p === 'a').length / picks.length).toBeCloseTo(0.9, 1);
  });

  it('forks children that do not repeat their parent', () => {
    const parent = createRandom(1);
    const child = parent.fork('x');
    expect(child.next()).not.toBe(createRandom(1).next());
  });
});
