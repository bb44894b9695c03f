/**
 * A small seeded PRNG (sfc32, seeded through splitmix32) so every bench run generates the same
 * records from the same seed, in Node and in the browser alike. Not for anything secret.
 */
export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  chance(p: number): boolean;
  pick<T>(list: readonly T[]): T;
  /** Picks by weight: `[[value, weight], …]`; weights need not sum to 1. */
  weighted<T>(pairs: readonly (readonly [T, number])[]): T;
  /** A v4-shaped UUID, like crypto.randomUUID() gives the app, but reproducible. */
  uuid(): string;
}

function splitmix32(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
}

/** FNV-1a of a label, to derive independent streams ("publications/2024") from one seed. */
export function hashLabel(label: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < label.length; i++) {
    h ^= label.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export function createRng(seed: number, label = ''): Rng {
  const init = splitmix32((seed ^ hashLabel(label)) >>> 0);
  let a = init();
  let b = init();
  let c = init();
  let d = init();
  const u32 = () => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = ((c << 21) | (c >>> 11)) >>> 0;
    c = (c + t) >>> 0;
    return t;
  };
  for (let i = 0; i < 12; i++) u32();
  const next = () => u32() / 4294967296;
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const hex = (n: number, width: number) => n.toString(16).padStart(width, '0');
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick: <T>(list: readonly T[]): T => {
      const item = list[Math.floor(next() * list.length)];
      if (item === undefined) throw new Error('pick from an empty list');
      return item;
    },
    weighted: <T>(pairs: readonly (readonly [T, number])[]): T => {
      const total = pairs.reduce((s, [, w]) => s + w, 0);
      let r = next() * total;
      for (const [value, w] of pairs) {
        r -= w;
        if (r < 0) return value;
      }
      const last = pairs[pairs.length - 1];
      if (!last) throw new Error('weighted pick from an empty list');
      return last[0];
    },
    uuid: () => {
      const w = [u32(), u32(), u32(), u32()];
      const [w0 = 0, w1 = 0, w2 = 0, w3 = 0] = w;
      const version = (w1 & 0xffff & 0x0fff) | 0x4000;
      const variant = ((w2 >>> 16) & 0x3fff) | 0x8000;
      return `${hex(w0, 8)}-${hex(w1 >>> 16, 4)}-${hex(version, 4)}-${hex(variant, 4)}-${hex(w2 & 0xffff, 4)}${hex(w3, 8)}`;
    },
  };
}
