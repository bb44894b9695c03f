import type { VocabName } from './fields';
import { DEFAULT_VOCABS } from './value-vocab';

/**
 * Turning a cell's words into a stored code: the officer's own mapping first (saved in the preset),
 * then the built-in words, then the longest built-in word found inside the cell.
 */

export type ValueResult =
  | { ok: true; code: string }
  | { ok: false; reason: 'import.error.unknownValue' | 'import.error.ambiguousValue' };

export type ValueListResult =
  | { ok: true; codes: string[] }
  | { ok: false; reason: 'import.error.unknownValue' | 'import.error.ambiguousValue'; part: string };

/** Overrides for one field: normalised cell text → code. */
export type ValueOverrides = Readonly<Record<string, string>>;

export function normaliseValue(s: string): string {
  return s
    .replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\s\u3000]/g, '')
    .toLowerCase();
}

type Index = Map<string, string | null>;
const indexes = new Map<VocabName, Index>();

function indexOf(vocab: VocabName): Index {
  let idx = indexes.get(vocab);
  if (!idx) {
    idx = new Map();
    for (const [word, code] of DEFAULT_VOCABS[vocab]) {
      const k = normaliseValue(word);
      // The first meaning listed wins (codes and official labels come first).
      if (!idx.has(k)) idx.set(k, code);
    }
    indexes.set(vocab, idx);
  }
  return idx;
}

/**
 * Built-in meaning of a cell: exact word, else the words found inside it, keeping only those not
 * part of a longer found word. Broad words (null) count only when nothing specific was found.
 */
export function builtInValue(vocab: VocabName, raw: string): ValueResult {
  const v = normaliseValue(raw);
  const idx = indexOf(vocab);
  const exact = idx.get(v);
  if (exact !== undefined)
    return exact === null ? { ok: false, reason: 'import.error.ambiguousValue' } : { ok: true, code: exact };
  const found: [string, string | null][] = [];
  for (const [word, code] of idx) if (word.length >= 2 && v.includes(word)) found.push([word, code]);
  const maximal = found.filter(
    ([w]) => !found.some(([o]) => o !== w && o.length > w.length && o.includes(w)),
  );
  const specific = new Set(maximal.map(([, c]) => c).filter((c): c is string => c !== null));
  if (specific.size === 1) return { ok: true, code: [...specific][0] as string };
  if (specific.size > 1 || maximal.length > 0) return { ok: false, reason: 'import.error.ambiguousValue' };
  return { ok: false, reason: 'import.error.unknownValue' };
}

export function mapValue(vocab: VocabName, raw: string, overrides: ValueOverrides = {}): ValueResult {
  const own = overrides[normaliseValue(raw)];
  if (own !== undefined) return { ok: true, code: own };
  return builtInValue(vocab, raw);
}

const LIST_SEPARATORS = /[、,，;；\n|]+|\s+/;

/** "网站、政务公开栏" → ['website', 'board']; the whole cell is tried first ("政府网站/信息公开平台"). */
export function mapValueList(vocab: VocabName, raw: string, overrides: ValueOverrides = {}): ValueListResult {
  // Only an exact match of the whole cell: "网站、飞鸽传书" must not pass as 网站 by containment.
  const k = normaliseValue(raw);
  const exact = overrides[k] ?? indexOf(vocab).get(k);
  if (exact) return { ok: true, codes: [exact] };
  const parts = raw
    .split(LIST_SEPARATORS)
    .flatMap((p) => (mapValue(vocab, p, overrides).ok ? [p] : p.split('/')))
    .map((p) => p.trim())
    .filter((p) => p !== '');
  const codes: string[] = [];
  for (const part of parts) {
    const r = mapValue(vocab, part, overrides);
    if (!r.ok) return { ok: false, reason: r.reason, part };
    if (!codes.includes(r.code)) codes.push(r.code);
  }
  return { ok: true, codes };
}

/**
 * Memoised mapping for one import run: a 10,000-row register repeats a handful of words.
 */
export function valueMapper(overridesByField: Readonly<Record<string, ValueOverrides>>) {
  const single = new Map<string, ValueResult>();
  const list = new Map<string, ValueListResult>();
  return {
    one(field: string, vocab: VocabName, raw: string): ValueResult {
      const key = `${field}\u0000${raw}`;
      let r = single.get(key);
      if (!r) {
        r = mapValue(vocab, raw, overridesByField[field]);
        single.set(key, r);
      }
      return r;
    },
    many(field: string, vocab: VocabName, raw: string): ValueListResult {
      const key = `${field}\u0000${raw}`;
      let r = list.get(key);
      if (!r) {
        r = mapValueList(vocab, raw, overridesByField[field]);
        list.set(key, r);
      }
      return r;
    },
  };
}
