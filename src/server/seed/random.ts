/**
 * Deterministic randomness for the seeds: the same numbers on every run, in Node and in the browser.
 * Only integer and IEEE-exact operations (no Math.random, no clock, no transcendental functions whose
 * last bit may differ between engines). Calendar arithmetic is the domain's (src/domain/calendar.ts);
 * only `weekday`, the seed's own, is here.
 */
import { addDays, dayOfWeek } from '../../domain/calendar';

/** mulberry32: a small, fast 32-bit PRNG. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a hash of a string, to derive independent streams from names. */
export function hashString(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

export class Random {
  private readonly next: () => number;
  constructor(name: string, seed = 20220617) {
    this.next = mulberry32(hashString(name) ^ seed);
  }
  /** In [0, 1). */
  float(): number {
    return this.next();
  }
  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }
  /** Picks with the given non-negative weights (falls back to uniform when they are all 0). */
  weighted<T>(items: readonly T[], weight: (item: T) => number): T {
    const weights = items.map(weight);
    const total = weights.reduce((s, w) => s + w, 0);
    if (total <= 0) return this.pick(items);
    let r = this.next() * total;
    for (let i = 0; i < items.length; i++) {
      r -= weights[i];
      if (r < 0) return items[i];
    }
    return items[items.length - 1];
  }
  /** `n` digits, as text. */
  digits(n: number): string {
    let out = '';
    for (let i = 0; i < n; i++) out += String(Math.floor(this.next() * 10));
    return out;
  }
}

/** The same date if it is a weekday, else the next Monday (or the previous Friday when `backward`). */
export function weekday(iso: string, backward = false): string {
  const dow = dayOfWeek(iso);
  if (dow === 6) return addDays(iso, backward ? -1 : 2);
  if (dow === 0) return addDays(iso, backward ? -2 : 1);
  return iso;
}
