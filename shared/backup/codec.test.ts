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
