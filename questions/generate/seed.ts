/**
 * @module
 * Deterministic randomness: a seed from the article's text, a small PRNG, a seeded shuffle. The same text
 * always gives the same choice order and the same true/false mix; nothing reads the clock.
 *
 * @example
 * ```ts
 * const random = seededRandom(seedOf(text));
 * shuffle(['a', 'b', 'c'], random);
 * ```
 */
import { articleFingerprint } from '../text/normalize';

/** FNV-1a over the article's fingerprint, so that white space and quote style do not change the quiz. */
export function seedOf(text: string): number {
  let hash = 0x811c9dc5;
  const s = articleFingerprint(text);
  for (let i = 0; i < s.length; i++) {
    hash ^= s.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** mulberry32: uniform in [0, 1). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A shuffled copy (Fisher–Yates). */
export function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
