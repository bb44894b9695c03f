import { describe, expect, it } from 'vitest';
import { createBackup } from './create';
import { type CryptoLike, sha256Hex } from './crypto';
import { sealContainer } from './create';
import { CHECKSUM_BYTES, MAGIC, PREFIX_BYTES, packPrefix } from './format';
import { HEADER_READ_BYTES, readBackupHeader } from './header';
import { inspectBackup, openBackup } from './open';
import { sampleDocument } from './sample-data';
import { upgradeHeaderObject } from './upgrade';

const crypto = globalThis.crypto as unknown as CryptoLike;
const createdAt = '2025-01-15T08:00:00.000Z';
const open = (bytes: Uint8Array, password?: string) =>
  openBackup(bytes, { crypto, password, maxSchemaVersion: 1 });

describe('backup round trip', () => {
  it('a plain backup opens to exactly the document that went in, with a header describing it', async () => {
    const doc = sampleDocument();
    const { bytes, header } = await createBackup(doc, { crypto, createdAt });
    expect(header).toMatchObject({
      format: 'disclosure-desk/backup',
      formatVersion: 2,
      appVersion: '0.1.0',
      schemaVersion: 1,
      createdAt,
      agencyName: '测试市测试局',
      counts: {
        publications: 3,
        requests: 3,
        consultations: 2,
        appeals: 2,
        settings: 1,
        audit: 1,
        calendarOverrides: 1,
      },
      dateRange: { from: '2024-01-02', to: '2024-02-01' },
      containsPersonalData: true,
      encryption: null,
    });
    const opened = await open(bytes);
    if (!opened.ok) throw new Error(opened.message);
    expect(opened.doc).toEqual(doc);
    // The applicant's name is inside the compressed payload, not readable in the file.
    expect(new TextDecoder().decode(bytes)).not.toContain('测试申请人甲');
  });

  it('an encrypted backup needs its password and then opens to the same document', async () => {
    const doc = sampleDocument();
    const { bytes, header } = await createBackup(doc, { crypto, createdAt, password: '测试口令-123' });
    expect(header.encryption).toMatchObject({
      cipher: 'AES-256-GCM',
      kdf: 'PBKDF2-SHA256',
      iterations: 600_000,
    });
    expect((await open(bytes)) as unknown).toMatchObject({ ok: false, error: 'passwordRequired' });
    const wrong = await open(bytes, 'wrong');
    expect(wrong).toMatchObject({
      ok: false,
      error: 'wrongPassword',
      message: 'the password is wrong (the file itself is intact)',
    });
    const opened = await open(bytes, '测试口令-123');
    if (!opened.ok) throw new Error(opened.message);
    expect(opened.doc).toEqual(doc);
  });

  it('two encryptions of the same data use a fresh salt and nonce', async () => {
    const doc = sampleDocument({ publications: 1, requests: 0, consultations: 0, appeals: 0 });
    const a = await createBackup(doc, { crypto, createdAt, password: 'p' });
    const b = await createBackup(doc, { crypto, createdAt, password: 'p' });
    expect(a.header.encryption?.salt).not.toBe(b.header.encryption?.salt);
    expect(a.header.encryption?.nonce).not.toBe(b.header.encryption?.nonce);
    expect(a.bytes.subarray(-32)).not.toEqual(b.bytes.subarray(-32));
  });
});

describe('bad files', () => {
  it('refuses a file that is not a backup', async () => {
    const result = await open(new TextEncoder().encode('{"format":"disclosure-desk/export"}'));
    expect(result).toMatchObject({ ok: false, error: 'notBackup' });
  });

  it('refuses 2 GB of zeros by its first bytes, without needing the rest', () => {
    // Only the first bytes exist in memory; the size is what the file system reports.
    const result = readBackupHeader(new Uint8Array(HEADER_READ_BYTES), 2 * 1024 ** 3);
    expect(result).toMatchObject({ ok: false, error: 'notBackup' });
  });

  it('reports a truncated file (copy interrupted), at every cut point', async () => {
    const { bytes } = await createBackup(sampleDocument(), { crypto, createdAt });
    for (const cut of [3, MAGIC.length, PREFIX_BYTES + 5, bytes.length - 1, Math.floor(bytes.length / 2)]) {
      const result = await open(bytes.subarray(0, cut));
      expect(result, `cut at ${cut}`).toMatchObject({ ok: false, error: 'truncated' });
    }
  });

  it('reports a checksum mismatch when one payload byte changed', async () => {
    const { bytes } = await createBackup(sampleDocument(), { crypto, createdAt });
    const damaged = bytes.slice();
    damaged[damaged.length - 10] = (damaged[damaged.length - 10] ?? 0) ^ 0xff;
    const result = await open(damaged);
    expect(result).toMatchObject({ ok: false, error: 'checksumMismatch' });
    expect(result.ok ? '' : result.message).toContain('damaged');
  });

  it('reports damage (not a wrong password) when an encrypted file is damaged', async () => {
    const { bytes } = await createBackup(sampleDocument(), { crypto, createdAt, password: 'p' });
    const damaged = bytes.slice();
    damaged[damaged.length - 1] = (damaged[damaged.length - 1] ?? 0) ^ 1;
    expect(await open(damaged, 'p')).toMatchObject({ ok: false, error: 'checksumMismatch' });
  });

  it('names the records that fail validation and why', async () => {
    const doc = sampleDocument();
    const bad = structuredClone(doc);
    const second = bad.stores.requests[1]!;
    second.receivedDate = '2023-01-01'; // before submitted
    bad.stores.publications[0]!.formedDate = '2024-02-30';
    const { bytes } = await createBackup(bad, { crypto, createdAt });
    const result = await open(bytes);
    if (result.ok) throw new Error('should fail');
    expect(result.error).toBe('invalidRecords');
    expect(result.issues).toEqual(
      expect.arrayContaining([
        'requests #2 (id r-2, 2024-002): receivedDate — validation.receivedBeforeSubmitted',
        'publications #1 (id p-1): formedDate — validation.invalidDate',
      ]),
    );
  });

  it('refuses a backup from a newer format or a newer database schema', async () => {
    const { bytes } = await createBackup(sampleDocument(), { crypto, createdAt });
    const newerSchema = await openBackup(bytes, { crypto, maxSchemaVersion: 0 });
    expect(newerSchema).toMatchObject({ ok: false, error: 'newerVersion' });
    expect(newerSchema.ok ? '' : newerSchema.message).toContain('update the app');
    const newerFormat = await rewriteHeader(bytes, (h) => ({ ...h, formatVersion: 3 }));
    expect(await open(newerFormat)).toMatchObject({ ok: false, error: 'newerVersion' });
  });

  it('reports header counts that disagree with the payload', async () => {
    const { bytes } = await createBackup(sampleDocument(), { crypto, createdAt });
    const lying = await rewriteHeader(bytes, (h) => ({
      ...h,
      counts: { ...(h.counts as object), publications: 4 },
    }));
    const result = await open(lying);
    expect(result).toMatchObject({
      ok: false,
      error: 'countMismatch',
      issues: ['publications: header 4, payload 3'],
    });
  });

  it('a header changed without recomputing the checksum is damage (format 2 covers the header)', async () => {
    const { bytes } = await createBackup(sampleDocument(), { crypto, createdAt });
    const altered = await rewriteHeader(
      bytes,
      (h) => ({ ...h, createdAt: '2025-01-16T08:00:00.000Z' }),
      false,
    );
    expect(await open(altered)).toMatchObject({ ok: false, error: 'checksumMismatch' });
  });

  it('an encrypted header changed by someone who recomputed the checksum fails to decrypt (AES-GCM additional data)', async () => {
    const { bytes } = await createBackup(sampleDocument(), {
      crypto,
      createdAt,
      password: 'p',
      iterations: 600_000,
    });
    const altered = await rewriteHeader(bytes, (h) => ({ ...h, agencyName: '别的单位' }));
    expect(await open(altered, 'p')).toMatchObject({ ok: false, error: 'wrongPassword' });
    expect((await open(bytes, 'p')).ok).toBe(true);
  });

  it('counts a store the header leaves out, and refuses a header altered after writing', async () => {
    const { bytes } = await createBackup(sampleDocument(), { crypto, createdAt });
    const missing = await rewriteHeader(bytes, (h) => {
      const { publications: _dropped, ...counts } = h.counts as Record<string, number>;
      return { ...h, counts };
    });
    expect(await open(missing)).toMatchObject({
      ok: false,
      error: 'countMismatch',
      issues: ['publications: header 0, payload 3'],
    });
    const altered = await rewriteHeader(bytes, (h) => ({
      ...h,
      agencyName: '别的单位',
      dateRange: { from: '2020-01-01', to: '2020-12-31' },
    }));
    const result = await open(altered);
    expect(result).toMatchObject({ ok: false, error: 'corrupt' });
    expect(result.ok ? [] : result.issues).toEqual([
      expect.stringMatching(/^agencyName: header "别的单位", payload "/),
      expect.stringMatching(/^dateRange: header \{"from":"2020-01-01"/),
    ]);
    // The header as written passes.
    expect((await open(bytes)).ok).toBe(true);
  });

  it('refuses encryption parameters weaker than the app writes', async () => {
    const { bytes } = await createBackup(sampleDocument(), {
      crypto,
      createdAt,
      password: 'p',
      iterations: 1000,
    });
    expect(await open(bytes, 'p')).toMatchObject({ ok: false, error: 'corrupt' });
  });

  it('the header can be read without the payload (restore preview)', async () => {
    const { bytes } = await createBackup(sampleDocument(), { crypto, createdAt, password: 'p' });
    const info = inspectBackup(bytes);
    if (!info.ok) throw new Error(info.message);
    expect(info.header.counts.requests).toBe(3);
    expect(info.header.encryption).not.toBeNull();
  });
});

describe('integrity check (main, after writing)', () => {
  it('passes a good file without parsing records, and catches a payload that does not inflate', async () => {
    const { bytes, header } = await createBackup(sampleDocument(), { crypto, createdAt });
    const ok = await openBackup(bytes, { crypto, maxSchemaVersion: 1, level: 'integrity' });
    expect(ok).toMatchObject({ ok: true, doc: null, header: { counts: { requests: 3 } } });
    // A payload whose checksum matches but that is not deflate data (a writer bug, not disk damage).
    const garbage = new Uint8Array(200).fill(7);
    const forged = await sealContainer(
      crypto,
      packPrefix({ ...header, payload: { ...header.payload, storedBytes: garbage.length } }),
      garbage,
    );
    expect(await openBackup(forged, { crypto, maxSchemaVersion: 1, level: 'integrity' })).toMatchObject({
      ok: false,
      error: 'corrupt',
    });
  });
});

describe('format upgrades', () => {
  it('runs each step from the written version to the current one', () => {
    const steps = [
      { from: 1, upgrade: (h: Record<string, unknown>) => ({ ...h, addedIn2: true }) },
      { from: 2, upgrade: (h: Record<string, unknown>) => ({ ...h, addedIn3: h.addedIn2 === true }) },
    ];
    const result = upgradeHeaderObject({ formatVersion: 1, x: 1 }, { current: 3, steps });
    expect(result).toEqual({
      ok: true,
      originalVersion: 1,
      header: { formatVersion: 3, x: 1, addedIn2: true, addedIn3: true },
    });
    expect(upgradeHeaderObject({ formatVersion: 1 }, { current: 3, steps: steps.slice(1) })).toMatchObject({
      ok: false,
      error: 'unsupportedVersion',
    });
    expect(upgradeHeaderObject({ formatVersion: 4 }, { current: 3, steps })).toMatchObject({
      ok: false,
      error: 'newerVersion',
    });
  });
});

/**
 * Re-packs a file with a changed header and a recomputed checksum (payload untouched): simulates
 * another writer, or tampering by someone who knows the format. Without `reseal` the old checksum stays.
 */
async function rewriteHeader(
  bytes: Uint8Array,
  change: (h: Record<string, unknown>) => Record<string, unknown>,
  reseal = true,
): Promise<Uint8Array> {
  const length = new DataView(bytes.buffer, bytes.byteOffset).getUint32(8, false);
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(PREFIX_BYTES, PREFIX_BYTES + length)));
  const next = new TextEncoder().encode(JSON.stringify(change(header)));
  const prefix = new Uint8Array(PREFIX_BYTES + next.length);
  prefix.set(bytes.subarray(0, 8));
  new DataView(prefix.buffer).setUint32(8, next.length, false);
  prefix.set(next, PREFIX_BYTES);
  const payload = bytes.subarray(PREFIX_BYTES + length, bytes.length - CHECKSUM_BYTES);
  if (reseal) return sealContainer(crypto, prefix, payload);
  const out = new Uint8Array(prefix.length + payload.length + CHECKSUM_BYTES);
  out.set(prefix);
  out.set(payload, prefix.length);
  out.set(bytes.subarray(bytes.length - CHECKSUM_BYTES), prefix.length + payload.length);
  return out;
}
