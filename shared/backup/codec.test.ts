import { randomBytes } from 'node:crypto';
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { zlibInflateBounded } from '../../electron/handlers/zlib-inflate';
import {
  type BoundedInflater,
  compressInterchange,
  inflateBounded,
  MAX_JSON_BYTES,
  MAX_PIECE_BYTES,
  slicedInflater,
} from './codec';
import { decompressToJson } from './read-payload';
import { sampleDocument } from './sample-data';

const doc = sampleDocument({ publications: 5000, requests: 10, consultations: 3, appeals: 1 });

describe('payload codec', () => {
  it('the native CompressionStream and fflate write the same format: each reads the other', async () => {
    const native = await compressInterchange(doc);
    const js = await compressInterchange(doc, { native: false });
    expect(native.jsonBytes).toBe(js.jsonBytes);
    const a = await decompressToJson(native.bytes, native.jsonBytes);
    const b = await decompressToJson(js.bytes, js.jsonBytes);
    expect(a.ok && a.value).toEqual(doc);
    expect(b.ok && b.value).toEqual(doc);
  });

  it('writes exactly the JSON of the document, batch boundaries included', async () => {
    const { bytes, jsonBytes } = await compressInterchange(doc);
    expect(jsonBytes).toBe(new TextEncoder().encode(JSON.stringify(doc)).length);
    const back = await decompressToJson(bytes, jsonBytes);
    expect(back.ok && back.value).toEqual(JSON.parse(JSON.stringify(doc)));
  });
});

describe('the shared inflater lets the event loop run (issue 17)', () => {
  // Random bytes barely compress: 1 MB of input is 64 steps of 16 KB.
  const raw = new Uint8Array(randomBytes(1 << 20));
  const packed = new Uint8Array(deflateRawSync(raw, { level: 1 }));

  /** How often a setImmediate loop got to run while `inflater` inflated the MB; the output's length. */
  async function interleaved(inflater: BoundedInflater) {
    let ranBetween = 0;
    let done = false;
    const tick = () => {
      if (done) return;
      ranBetween += 1;
      setImmediate(tick);
    };
    setImmediate(tick);
    let out = 0;
    const result = await inflater(packed, raw.length, (chunk) => {
      out += chunk.length;
    });
    done = true;
    return { result, out, ranBetween };
  }

  it('yields once a slice of time has passed, and the output is whole', async () => {
    expect(packed.length).toBeGreaterThan(1_000_000);
    // A clock 5 ms further on at every reading: a yield after every third step (15 ms ≥ 12 ms).
    let t = 0;
    const { result, out, ranBetween } = await interleaved(slicedInflater(() => (t += 5), 12));
    expect(result).toEqual({ ok: true });
    expect(out).toBe(raw.length);
    expect(ranBetween).toBeGreaterThanOrEqual(15);
  });

  it('does not yield while the slice lasts (a clock that stands still)', async () => {
    const { result, out, ranBetween } = await interleaved(slicedInflater(() => 0, 12));
    expect(result).toEqual({ ok: true });
    expect(out).toBe(raw.length);
    expect(ranBetween).toBe(0);
  });
});

/** The shared inflater (renderer, browser) and node:zlib's (main, CLI) must refuse the same things. */
describe.each([
  ['shared (fflate)', inflateBounded],
  ['node:zlib', zlibInflateBounded],
] as [string, BoundedInflater][])('bounded inflate: %s', (_name, streaming) => {
  // The whole output, gathered from the sink (the reader itself never holds it).
  const inflate = async (bytes: Uint8Array, expected: number) => {
    const parts: Uint8Array[] = [];
    const result = await streaming(bytes, expected, (chunk) => parts.push(chunk.slice()));
    return result.ok ? { ok: true as const, json: new Uint8Array(Buffer.concat(parts)) } : result;
  };
  const json = new TextEncoder().encode(JSON.stringify(doc));
  const good = new Uint8Array(deflateRawSync(json, { level: 6 }));

  it('gives back exactly the recorded bytes', async () => {
    const result = await inflate(good, json.length);
    expect(result.ok && new TextDecoder().decode(result.json)).toBe(new TextDecoder().decode(json));
  });

  it.each([
    ['declares one byte fewer than the stream holds', good, json.length - 1, 'longer'],
    ['declares one byte more', good, json.length + 1, 'shorter'],
    ['is cut short', good.subarray(0, good.length - 20), json.length, 'damaged'],
    ['is garbage', new Uint8Array([0xff, 0xfe, 1, 2, 3, 4, 5]), 10, 'damaged'],
    ['declares more than can be restored', good, MAX_JSON_BYTES + 1, 'tooLarge'],
  ] as const)('refuses a stream that %s', async (_what, bytes, expected, reason) => {
    expect(await inflate(bytes, expected)).toEqual({ ok: false, reason });
  });

  it.each([1, 3, 70_000])('refuses %i byte(s) after the end of the stream (issue 14)', async (extra) => {
    const padded = new Uint8Array(good.length + extra);
    padded.set(good);
    padded.fill(0x41, good.length);
    expect(await inflate(padded, json.length)).toEqual({ ok: false, reason: 'trailing' });
  });

  it('a deflate bomb (1 KB → 64 MB) stops at the declared size plus one step', async () => {
    const bomb = new Uint8Array(deflateRawSync(new Uint8Array(64 * 1024 * 1024), { level: 9 }));
    expect(bomb.length).toBeLessThan(100_000);
    expect(await inflate(bomb, 1000)).toEqual({ ok: false, reason: 'longer' });
  });

  it('every length of stream from 0 to 300 bytes comes back whole (the partial last byte is not "trailing")', async () => {
    for (let n = 0; n <= 300; n += 1) {
      const data = new TextEncoder().encode('测'.repeat(n).slice(0, n));
      const result = await inflate(new Uint8Array(deflateRawSync(data)), data.length);
      expect(result.ok, `length ${n}`).toBe(true);
    }
  });
});

describe('reading a payload that parses to far more than its size', () => {
  it('keeps 50 surely invalid records of a store and drops the rest as they are read', async () => {
    const small = sampleDocument();
    const text = JSON.stringify(small).replace(
      '"publications":[',
      `"publications":[${Array.from({ length: 20_000 }, () => '{}').join(',')},0,[],`,
    );
    const json = new TextEncoder().encode(text);
    const stored = new Uint8Array(deflateRawSync(json));
    const result = await decompressToJson(stored, json.length);
    if (!result.ok) throw new Error(result.reason);
    const kept = (result.value as typeof small).stores.publications;
    expect(kept.length).toBe(50 + small.stores.publications.length);
    expect(kept.slice(50)).toEqual(small.stores.publications);
  });
});

describe('the writer refuses what the reader refuses', () => {
  it('a record above MAX_PIECE_BYTES is refused when written (not a backup nobody can restore)', async () => {
    const doc = sampleDocument();
    const big = { ...doc.stores.audit[0], after: { text: '测'.repeat(Math.ceil(MAX_PIECE_BYTES / 3) + 1) } };
    const huge = { ...doc, stores: { ...doc.stores, audit: [...doc.stores.audit, big as never] } };
    await expect(compressInterchange(huge)).rejects.toThrow('a record is larger than one backup can hold');
    // Just under the limit is written and read back.
    const fits = { ...big, after: { text: '测'.repeat(Math.floor(MAX_PIECE_BYTES / 3) - 200) } };
    const ok = { ...doc, stores: { ...doc.stores, audit: [fits as never] } };
    const { bytes, jsonBytes } = await compressInterchange(ok);
    expect((await decompressToJson(bytes, jsonBytes)).ok).toBe(true);
  });
});
