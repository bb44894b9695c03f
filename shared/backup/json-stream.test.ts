import { describe, expect, it } from 'vitest';
import { JsonStream } from './json-stream';
import { sampleDocument } from './sample-data';

const rootKeys = new Set(['format', 'stores', 'n']);
const storeKeys = new Set(['a', 'b', 'settings']);
const encode = (s: string) => new TextEncoder().encode(s);

function streamed(text: string | Uint8Array, step: number, maxPiece = 1 << 20) {
  const bytes = typeof text === 'string' ? encode(text) : text;
  const stream = new JsonStream({ maxPiece, rootKeys, storeKeys, maxKeptCost: Number.MAX_SAFE_INTEGER });
  for (let i = 0; i < bytes.length; i += step) stream.push(bytes.subarray(i, i + step));
  return stream.end();
}

const isPlain = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const pick = (o: Record<string, unknown>, keys: Set<string>) =>
  Object.fromEntries(Object.entries(o).filter(([k]) => keys.has(k)));

/** What JSON.parse gives for the whole text, without the keys the reader drops. */
function expected(text: string): { ok: true; value: unknown } | { ok: false } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false };
  }
  if (!isPlain(value)) return { ok: true, value };
  const root = pick(value, rootKeys);
  if (isPlain(root.stores)) root.stores = pick(root.stores, storeKeys);
  return { ok: true, value: root };
}

const samples = [
  '{"format":"x","n":1,"stores":{"a":[1,2,{"k":"v"}],"b":[],"settings":{"s":[1]},"zz":[1,2]},"extra":[1]}',
  ' \n{ "stores" : { "a" : [ "a\\"b" , "\\\\" , "\\u00e9\\u6d4b" , -1.5e3 , true , false , null ] } } \r\n',
  '{"stores":{"a":[[[]],{"}":"]"},"[{\\"}"]}}',
  '{"stores":{"a":[1]},"stores":{"b":[2]}}',
  '{"stores":[1,2],"n":{"deep":{"a":[1]}}}',
  '{"stores":null,"format":"测试市测试局"}',
  '{"__proto__":{"polluted":1},"stores":{"__proto__":[1],"constructor":{}}}',
  '{}',
  '[1,{"a":2}]',
  '"a string"',
  ' 12 ',
  'true',
  '{"stores":{"a":[]}}',
];

describe('JsonStream: the value JSON.parse gives, read a few records at a time', () => {
  it.each(samples)('%s', (text) => {
    for (const step of [1, 2, 3, 7, 64, 100_000]) {
      expect(streamed(text, step), `step ${step}`).toEqual(expected(text));
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('a whole export, in chunks of every size, batches of records included', () => {
    const doc = sampleDocument({ publications: 6000, requests: 50, consultations: 10, appeals: 3 });
    const text = JSON.stringify({ ...doc, stores: { a: doc.stores.publications, b: doc.stores.requests } });
    expect(text.length).toBeGreaterThan(3 << 20); // more than one batch of elements
    for (const step of [4096, 65_536, 1_000_003]) expect(streamed(text, step)).toEqual(expected(text));
  });

  it('accepts exactly what JSON.parse accepts (random damage to valid texts)', () => {
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const alphabet = '{}[]",:\\ 01-.eEtrufalsn\n"a';
    let refused = 0;
    for (let trial = 0; trial < 1500; trial += 1) {
      const base = samples[random(samples.length)] as string;
      const chars = [...base];
      const at = random(chars.length + 1);
      const op = random(3);
      const ch = alphabet[random(alphabet.length)] as string;
      if (op === 0) chars.splice(at, 1);
      else if (op === 1) chars.splice(at, 0, ch);
      else chars.splice(at, 1, ch);
      const text = chars.join('');
      const want = expected(text);
      if (!want.ok) refused += 1;
      for (const step of [1, 5]) {
        const got = streamed(text, step);
        expect(got.ok, `${JSON.stringify(text)} step ${step}`).toBe(want.ok);
        if (want.ok && got.ok) expect(got.value).toEqual(want.value);
      }
    }
    expect(refused).toBeGreaterThan(500); // the damage really made invalid texts
  });

  it('refuses invalid UTF-8 and anything after the document', () => {
    expect(streamed(new Uint8Array([0x7b, 0x22, 0xff, 0x22, 0x3a, 0x31, 0x7d]), 3)).toEqual({
      ok: false,
      reason: 'notJson',
    });
    expect(streamed('{"stores":{}} x', 4)).toEqual({ ok: false, reason: 'notJson' });
    expect(streamed('{"stores":{}}{}', 4)).toEqual({ ok: false, reason: 'notJson' });
    expect(streamed('', 4)).toEqual({ ok: false, reason: 'notJson' });
  });

  it('no single value above maxPiece is parsed: records, values, keys, a whole non-object', () => {
    const big = 'x'.repeat(1000);
    const ok = (text: string) => streamed(text, 64, 1002);
    expect(ok(`{"stores":{"a":["${big}"]}}`).ok).toBe(true); // 1002 bytes with its quotes
    for (const text of [
      `{"stores":{"a":["${big}x"]}}`,
      `{"n":"${big}x"}`,
      `{"unknown":"${big}x"}`,
      `{"${big}x":1}`,
      `{"stores":{"settings":{"v":"${big}"}}}`,
      `["${big}"]`,
    ]) {
      expect(ok(text), text.slice(0, 30)).toEqual({ ok: false, reason: 'pieceTooLarge' });
    }
    // Many values just under the limit are fine: the limit is per value, not per array.
    expect(ok(`{"stores":{"a":[${Array.from({ length: 50 }, () => `"${big}"`).join(',')}]}}`).ok).toBe(true);
  });
});

describe('JsonStream: what a small text may parse to', () => {
  const options = { maxPiece: 1 << 20, rootKeys, storeKeys };
  const feed = (text: string, extra: Partial<ConstructorParameters<typeof JsonStream>[0]> = {}) => {
    const stream = new JsonStream({ ...options, maxKeptCost: Number.MAX_SAFE_INTEGER, ...extra });
    const bytes = encode(text);
    for (let i = 0; i < bytes.length; i += 65_536) stream.push(bytes.subarray(i, i + 65_536));
    return stream.end();
  };

  it('refuses one value whose text would parse to far more than its size (nested empty objects)', () => {
    const record = `{"x":[${Array.from({ length: 200_000 }, () => '{}').join(',')}]}`;
    expect(record.length).toBeLessThan(1 << 20); // within the size limit of one value
    expect(feed(`{"stores":{"a":[${record}]}}`)).toEqual({ ok: false, reason: 'tooComplex' });
    expect(feed(`{"stores":{"zz":[${record}]}}`)).toEqual({ ok: false, reason: 'tooComplex' });
  });

  it('refuses kept values past maxKeptCost, not those it drops', () => {
    const many = `[${Array.from({ length: 10_000 }, () => '{"k":[1,2]}').join(',')}]`;
    expect(feed(`{"stores":{"a":${many}}}`, { maxKeptCost: 100_000 })).toEqual({
      ok: false,
      reason: 'tooComplex',
    });
    expect(feed(`{"stores":{"zz":${many}}}`, { maxKeptCost: 100_000 }).ok).toBe(true);
    expect(feed(`{"stores":{"a":${many}}}`, { maxKeptCost: 10_000_000 }).ok).toBe(true);
  });

  it('keeps only the elements keepElement accepts, in order', () => {
    const result = feed('{"stores":{"a":[1,{"id":"x"},2,{"id":"y"}],"b":[3]}}', {
      keepElement: (store, item) => store === 'b' || typeof item === 'object',
    });
    expect(result).toEqual({ ok: true, value: { stores: { a: [{ id: 'x' }, { id: 'y' }], b: [3] } } });
  });
});
