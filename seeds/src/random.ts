/**
 * A seeded pseudo-random source: sfc32 (Chris Doty-Humphrey's Small Fast Counter), seeded through
 * splitmix32. A few lines of 32-bit integer arithmetic, so a plan is reproducible on every Node
 * version and platform, unlike Math.random, and needs no package.
 */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** One key, with probability proportional to its weight. */
  weighted<K extends string>(weights: Readonly<Record<K, number>>): K;
  /** A standard normal draw (Box–Muller). */
  normal(): number;
  /** A log-normal draw with the given median and log-scale spread. */
  logNormal(median: number, sigma: number): number;
  /** A child source whose draws do not disturb this one's. */
  fork(label: string): Random;
}

export function createRandom(seed: number | string): Random {
  const seeded = splitmix32(typeof seed === 'number' ? seed >>> 0 : hash32(seed));
  let a = seeded(), b = seeded(), c = seeded(), d = seeded();
  const u32 = () => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };
  for (let i = 0; i < 12; i += 1) u32();
  const next = () => u32() / 4_294_967_296;
  const random: Random = {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick: (items) => {
      if (items.length === 0) throw new Error('pick from an empty list');
      return items[Math.floor(next() * items.length)] as (typeof items)[number];
    },
    weighted: (weights) => {
      const entries = Object.entries(weights) as [keyof typeof weights, number][];
      let left = next() * entries.reduce((sum, [, w]) => sum + w, 0);
      for (const [key, weight] of entries) {
        left -= weight;
        if (left < 0) return key;
      }
      return (entries.findLast(([, w]) => w > 0) ?? entries[0])![0];
    },
    normal: () => Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next()),
    logNormal: (median, sigma) => median * Math.exp(sigma * random.normal()),
    fork: (label) => createRandom(hash32(`${u32()}\u241f${label}`)),
  };
  return random;
}

function splitmix32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x9e3779b9) | 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
}

/** FNV-1a over UTF-16 code units: a string seed (a profile name) as 32 bits. */
export function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
