/**
 * The seeded randomness behind the demo data (mulberry32): the same seed and the same
 * `now` give the same complaints, owners and timings on every machine. Never used for
 * secrets: tracking numbers and access tokens still come from the context's randomBytes.
 */

export interface DemoRandom {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** An index drawn with probability proportional to its weight. */
  weightedIndex(weights: readonly number[]): number;
  /** A copy of `items` in a random order. */
  shuffled<T>(items: readonly T[]): T[];
}

export function demoRandom(seed: number): DemoRandom {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => {
    if (items.length === 0) throw new RangeError('Cannot pick from an empty list.');
    return items[int(0, items.length - 1)] as T; // the index is within bounds
  };
  const weightedIndex = (weights: readonly number[]): number => {
    const total = weights.reduce((sum, w) => sum + Math.max(0, w), 0);
    if (!(total > 0)) throw new RangeError('Weights must add up to more than 0.');
    let target = next() * total;
    for (let i = 0; i < weights.length; i++) {
      target -= Math.max(0, weights[i] ?? 0);
      if (target < 0) return i;
    }
    return weights.length - 1;
  };
  const shuffled = <T>(items: readonly T[]): T[] => {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = int(0, i);
      [copy[i], copy[j]] = [copy[j] as T, copy[i] as T]; // both indexes are within bounds
    }
    return copy;
  };
  return { next, int, chance: (p) => next() < p, pick, weightedIndex, shuffled };
}

/** A seed for one item of a series, so items do not depend on how many came before. */
export function childSeed(seed: number, index: number): number {
  let h = (seed ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) >>> 0;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}
