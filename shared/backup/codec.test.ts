import { inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { compressInterchange, decompressToJson } from './codec';
import { sampleDocument } from './sample-data';

const doc = sampleDocument({ publications: 5000, requests: 10, consultations: 3, appeals: 1 });

describe('payload codec', () => {
  it('the native CompressionStream and fflate write the same format: each reads the other', async () => {
    const native = await compressInterchange(doc);
    const js = await compressInterchange(doc, { native: false });
    expect(native.jsonBytes).toBe(js.jsonBytes);
    expect(await decompressToJson(native.bytes, native.jsonBytes, { native: false })).toEqual(doc);
    expect(await decompressToJson(js.bytes, js.jsonBytes)).toEqual(doc);
  });

  it('writes exactly the JSON of the document, batch boundaries included', async () => {
    const { bytes, jsonBytes } = await compressInterchange(doc);
    expect(jsonBytes).toBe(new TextEncoder().encode(JSON.stringify(doc)).length);
    expect(await decompressToJson(bytes, jsonBytes)).toEqual(JSON.parse(JSON.stringify(doc)));
  });

  it.each([true, false])(
    'refuses a stream longer or shorter than recorded, and garbage (native=%s)',
    async (native) => {
      const { bytes, jsonBytes } = await compressInterchange(doc);
      expect(await decompressToJson(bytes, jsonBytes - 1, { native })).toBeUndefined();
      expect(await decompressToJson(bytes, jsonBytes + 1, { native })).toBeUndefined();
      expect(
        await decompressToJson(bytes.subarray(0, bytes.length - 20), jsonBytes, { native }),
      ).toBeUndefined();
      expect(await decompressToJson(new Uint8Array([1, 2, 3, 4, 5]), 10, { native })).toBeUndefined();
      expect(await decompressToJson(bytes, 3_000_000_000, { native })).toBeUndefined();
    },
  );
});

describe('payload codec with the platform inflater (node:zlib in main)', () => {
  const zlib = (bytes: Uint8Array, maxBytes: number) => {
    const out = inflateRawSync(bytes, { maxOutputLength: maxBytes });
    return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
  };

  it('gives the document back, and refuses damaged, truncated or mislabelled payloads', async () => {
    const { bytes, jsonBytes } = await compressInterchange(doc);
    expect(await decompressToJson(bytes, jsonBytes, { inflateRaw: zlib })).toEqual(
      JSON.parse(JSON.stringify(doc)),
    );
    expect(
      await decompressToJson(bytes.subarray(0, bytes.length - 100), jsonBytes, { inflateRaw: zlib }),
    ).toBe(undefined);
    const flipped = bytes.slice();
    const middle = Math.floor(bytes.length / 2);
    flipped[middle] = (flipped[middle] ?? 0) ^ 0xff;
    expect(await decompressToJson(flipped, jsonBytes, { inflateRaw: zlib })).toBe(undefined);
    // The header says fewer bytes than the stream holds: refused, not cut short.
    expect(await decompressToJson(bytes, jsonBytes - 10, { inflateRaw: zlib })).toBe(undefined);
  });
});
