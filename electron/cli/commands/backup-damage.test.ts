import { webcrypto } from 'node:crypto';
import * as fsp from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { constants, createDeflateRaw, createInflateRaw, deflateRawSync } from 'node:zlib';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  type BackupHeader,
  type CryptoLike,
  createBackup,
  inspectBackup,
  packPrefix,
  sealContainer,
} from '../../../shared/backup';
import { sampleDocument } from '../../../shared/backup/sample-data';
import { run } from './backup';

/**
 * The damaged-file set (issue 14): every kind of damage made here from one good file, one kind each.
 * Every damaged file must exit 1 with one `FAILED (code): reason` line; the good files exit 0, and an
 * encrypted file checked without its password exits 3 (intact, contents not checked).
 */
const crypto = webcrypto as unknown as CryptoLike;
const createdAt = '2026-12-01T08:00:00.000Z';
const PASSWORD = '测试口令-damage';
let dir: string;
let plain: Uint8Array;
let encrypted: Uint8Array;
let stderr = '';
let stdout = '';

beforeAll(async () => {
  dir = await fsp.mkdtemp(join(tmpdir(), 'desk-damage-'));
  const doc = sampleDocument();
  plain = (await createBackup(doc, { crypto, createdAt, installationId: 'ab'.repeat(16) })).bytes;
  encrypted = (await createBackup(doc, { crypto, createdAt, password: PASSWORD })).bytes;
  await fsp.writeFile(join(dir, 'pw.txt'), PASSWORD);
});
afterAll(async () => {
  await fsp.rm(dir, { recursive: true, force: true });
});
beforeEach(() => {
  vi.restoreAllMocks();
  delete process.env.INIT_CWD;
  stderr = '';
  stdout = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((s) => {
    stdout += String(s);
    return true;
  });
  vi.spyOn(process.stderr, 'write').mockImplementation((s) => {
    stderr += String(s);
    return true;
  });
});

const headerLength = (b: Uint8Array) => new DataView(b.buffer, b.byteOffset).getUint32(8, false);
const headerOf = (b: Uint8Array) => {
  const info = inspectBackup(b);
  if (!info.ok) throw new Error(info.message);
  return { header: info.header, offset: info.payloadOffset };
};
/** Byte offset of the first character of a header field's value (`"name":` then the value). */
function valueAt(b: Uint8Array, name: string): number {
  const text = new TextDecoder().decode(b.subarray(12, 12 + headerLength(b)));
  const at = text.indexOf(`"${name}":`);
  if (at < 0) throw new Error(`no ${name}`);
  const prefix = text.slice(0, at + name.length + 3);
  const skip = text[at + name.length + 3] === '"' ? 1 : 0;
  return 12 + new TextEncoder().encode(prefix).length + skip;
}
const flip = (b: Uint8Array, at: number, mask = 0x01) => {
  const c = b.slice();
  c[at] = (c[at] ?? 0) ^ mask;
  return c;
};
/** Replaces one character with another (a flip that stays a valid base64 digit or number). */
const setChar = (b: Uint8Array, at: number, ch: string) => {
  const c = b.slice();
  c[at] = ch === String.fromCharCode(c[at] ?? 0) ? ch.charCodeAt(0) ^ 0x03 : ch.charCodeAt(0);
  return c;
};
const append = (b: Uint8Array, extra: Uint8Array) => {
  const c = new Uint8Array(b.length + extra.length);
  c.set(b);
  c.set(extra, b.length);
  return c;
};
/** A file sealed with a correct checksum around a forged header and payload (a hostile writer). */
async function forged(change: Partial<BackupHeader['payload']> & { json?: Uint8Array }, stored: Uint8Array) {
  const { header } = headerOf(plain);
  const payload = { ...header.payload, storedBytes: stored.length, ...change };
  delete (payload as { json?: unknown }).json;
  return sealContainer(crypto, packPrefix({ ...header, payload }), stored);
}
const exportJson = (doc: unknown) => new TextEncoder().encode(JSON.stringify(doc));

type Case = [string, () => Promise<Uint8Array> | Uint8Array, string, string?];
const damaged: Case[] = [
  ['an empty file', () => new Uint8Array(0), 'notBackup'],
  ['a text file', () => new TextEncoder().encode('hello'), 'notBackup'],
  ['an export (JSON) given as a backup', () => exportJson(sampleDocument()), 'notBackup'],
  ['the signature with one bit flipped', () => flip(plain, 1), 'notBackup'],
  [
    'a text-mode copy (CR LF → LF)',
    () => Uint8Array.from([...plain.subarray(0, 6), 0x0a, ...plain.subarray(8)]),
    'notBackup',
  ],
  ['cut inside the signature', () => plain.subarray(0, 5), 'truncated'],
  ['cut inside the header length', () => plain.subarray(0, 10), 'truncated'],
  ['cut inside the header', () => plain.subarray(0, 40), 'truncated'],
  ['cut inside the payload', () => plain.subarray(0, plain.length - 100), 'truncated'],
  ['cut inside the checksum', () => plain.subarray(0, plain.length - 5), 'truncated'],
  ['the last byte missing', () => plain.subarray(0, plain.length - 1), 'truncated'],
  [
    'a header length of 0',
    () => {
      const c = plain.slice();
      new DataView(c.buffer).setUint32(8, 0);
      return c;
    },
    'corrupt',
  ],
  [
    'a header length of 4 GB',
    () => {
      const c = plain.slice();
      new DataView(c.buffer).setUint32(8, 0xffffffff);
      return c;
    },
    'corrupt',
  ],
  [
    'a header length one too long',
    () => {
      const c = plain.slice();
      new DataView(c.buffer).setUint32(8, headerLength(plain) + 1);
      return c;
    },
    'corrupt',
  ],
  ['a header length bit flipped high', () => flip(plain, 9, 0x01), 'corrupt'],
  ["the header's first byte flipped", () => flip(plain, 12, 0x02), 'corrupt'],
  ['the format name changed', () => setChar(plain, valueAt(plain, 'format'), 'x'), 'notBackup'],
  [
    'a format version from the future',
    () => setChar(plain, valueAt(plain, 'formatVersion'), '9'),
    'newerVersion',
  ],
  ['a format version of 0', () => setChar(plain, valueAt(plain, 'formatVersion'), '0'), 'unsupportedVersion'],
  ['the app version flipped', () => flip(plain, valueAt(plain, 'appVersion')), 'checksumMismatch'],
  ['the schema version flipped', () => setChar(plain, valueAt(plain, 'schemaVersion'), '0'), 'corrupt'],
  [
    'the schema version from the future',
    () => setChar(plain, valueAt(plain, 'schemaVersion'), '9'),
    'newerVersion',
  ],
  [
    'the created time flipped (still a time)',
    () => setChar(plain, valueAt(plain, 'createdAt') + 3, '5'),
    'checksumMismatch',
  ],
  [
    'the created time flipped (no longer a time)',
    () => setChar(plain, valueAt(plain, 'createdAt') + 4, 'x'),
    'corrupt',
  ],
  [
    'the installation id flipped',
    () => setChar(plain, valueAt(plain, 'installationId'), 'c'),
    'checksumMismatch',
  ],
  ['the agency name flipped', () => flip(plain, valueAt(plain, 'agencyName') + 2, 0x01), 'checksumMismatch'],
  ['a count flipped', () => setChar(plain, valueAt(plain, 'publications'), '7'), 'checksumMismatch'],
  [
    'the personal-data flag flipped',
    () => setChar(plain, valueAt(plain, 'containsPersonalData'), 'f'),
    'corrupt',
  ],
  [
    'storedBytes larger than the file holds',
    () => {
      // Raise the rightmost digit below 9 (…9 + 1 would carry and shorten the number's text).
      const digits = String(headerOf(plain).header.payload.storedBytes);
      const i = [...digits].findLastIndex((d) => d !== '9');
      return setChar(plain, valueAt(plain, 'storedBytes') + i, String(Number(digits[i]) + 1));
    },
    'truncated',
  ],
  ['jsonBytes changed', () => setChar(plain, valueAt(plain, 'jsonBytes'), '9'), 'checksumMismatch'],
  ['the compression name flipped', () => flip(plain, valueAt(plain, 'compression'), 0x01), 'corrupt'],
  ['a payload byte flipped', () => flip(plain, headerOf(plain).offset + 10), 'checksumMismatch'],
  ["the payload's last byte flipped", () => flip(plain, plain.length - 33), 'checksumMismatch'],
  ['a checksum byte flipped', () => flip(plain, plain.length - 1), 'checksumMismatch'],
  ['one byte appended', () => append(plain, new Uint8Array([0])), 'corrupt'],
  ['a second copy appended', () => append(plain, plain), 'corrupt'],
  [
    'salt: one base64 digit changed (still valid)',
    () => setChar(encrypted, valueAt(encrypted, 'salt'), 'Q'),
    'checksumMismatch',
  ],
  ['salt: a non-base64 character', () => setChar(encrypted, valueAt(encrypted, 'salt'), '@'), 'corrupt'],
  ['salt: one character short', () => setChar(encrypted, valueAt(encrypted, 'salt') + 22, '"'), 'corrupt'],
  [
    'nonce: one bit flipped (still valid)',
    () => setChar(encrypted, valueAt(encrypted, 'nonce') + 5, 'Z'),
    'checksumMismatch',
  ],
  ['nonce: a non-base64 character', () => setChar(encrypted, valueAt(encrypted, 'nonce'), '!'), 'corrupt'],
  ['iterations lowered', () => setChar(encrypted, valueAt(encrypted, 'iterations'), '1'), 'checksumMismatch'],
  ['the cipher name flipped', () => flip(encrypted, valueAt(encrypted, 'cipher')), 'corrupt'],
  [
    'encrypted: a cipher-text byte flipped',
    () => flip(encrypted, headerOf(encrypted).offset + 3),
    'checksumMismatch',
  ],
  ['encrypted: the GCM tag flipped', () => flip(encrypted, encrypted.length - 33), 'checksumMismatch'],
  // Hostile but well-sealed files: a correct checksum around bad contents.
  ['a payload that is not deflate data', () => forged({}, new Uint8Array(300).fill(7)), 'corrupt'],
  [
    'bytes after the deflate stream (resealed)',
    () => {
      const body = deflateRawSync(exportJson(sampleDocument()));
      return forged({}, append(new Uint8Array(body), new TextEncoder().encode('extra')));
    },
    'corrupt',
    'after the end',
  ],
  [
    'a deflate bomb: 2 MB inflating to 2 GB, declaring 1 MB',
    async () => bombFile(1_000_000),
    'corrupt',
    'more data than the header declares',
  ],
  [
    'a deflate bomb declaring 2 GB',
    async () => bombFile(2_000_000_000),
    'corrupt',
    'more data than this app can restore',
  ],
  [
    'one value larger than any record the app writes (a 17 MB string, resealed)',
    () => {
      const text = JSON.stringify(sampleDocument()).replace(/}$/, `,"pad":"${'a'.repeat(17_000_000)}"}`);
      const json = new TextEncoder().encode(text);
      return forged({ jsonBytes: json.length }, new Uint8Array(deflateRawSync(json)));
    },
    'corrupt',
    'larger than any this app writes',
  ],
  [
    'records whose text parses to far more than its size (nested empty objects, resealed)',
    () => {
      const doc = sampleDocument();
      // 3 MB of text, about 70 MB once parsed: within the size of one record, not its memory.
      const bloat = Array.from({ length: 1_000_000 }, () => '{}').join(',');
      const text = JSON.stringify(doc).replace('"publications":[{', `"publications":[{"x":[${bloat}],`);
      const json = new TextEncoder().encode(text);
      return forged({ jsonBytes: json.length }, new Uint8Array(deflateRawSync(json)));
    },
    'corrupt',
    'far more data than its size',
  ],
  [
    'JSON that is not an export',
    () => {
      const json = new TextEncoder().encode('{"hello":"world"}');
      return forged({ jsonBytes: json.length }, new Uint8Array(deflateRawSync(json)));
    },
    'corrupt',
  ],
  [
    'bytes that are not UTF-8 JSON',
    () => {
      const json = new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]);
      return forged({ jsonBytes: json.length }, new Uint8Array(deflateRawSync(json)));
    },
    'corrupt',
  ],
  [
    'a record that fails validation',
    () => {
      const doc = sampleDocument();
      doc.stores.requests[1]!.receivedDate = '2023-01-01';
      const json = exportJson(doc);
      return forged({ jsonBytes: json.length }, new Uint8Array(deflateRawSync(json)));
    },
    'invalidRecords',
    '依申请公开 第 2 条（id r-2, 2024-002）：收到日期：收到日期不能早于提交日期',
  ],
  [
    'one record fewer than the header counts',
    () => {
      const doc = sampleDocument();
      doc.stores.publications.pop();
      const json = exportJson(doc);
      return forged({ jsonBytes: json.length }, new Uint8Array(deflateRawSync(json)));
    },
    'countMismatch',
  ],
];

/**
 * A 2 GiB run of zeros as one ~2 MB deflate stream, made without compressing 2 GiB: zlib's full flush
 * ends a run of blocks on a byte boundary with no references back, so the blocks for 64 MiB of zeros
 * can be repeated 32 times and closed with an empty final block.
 */
let bomb: Uint8Array | undefined;
async function bombFile(declared: number): Promise<Uint8Array> {
  if (!bomb) {
    const z = createDeflateRaw({ level: 9 });
    const chunks: Buffer[] = [];
    z.on('data', (c: Buffer) => chunks.push(c));
    await new Promise<void>((resolve) => {
      z.write(new Uint8Array(64 * 1024 * 1024));
      z.flush(constants.Z_FULL_FLUSH, () => resolve());
    });
    const blocks = Buffer.concat(chunks);
    chunks.length = 0;
    await new Promise<void>((resolve) => {
      z.on('end', () => resolve());
      z.end();
    });
    const tail = Buffer.concat(chunks);
    bomb = new Uint8Array(Buffer.concat([...Array.from({ length: 32 }, () => blocks), tail]));
    // The bomb is what it claims: 2 GiB when inflated (counted, not held), about 2 MB stored.
    expect(bomb.length).toBeLessThan(3_000_000);
    expect(await inflatedLength(bomb)).toBe(2 * 1024 ** 3);
  }
  return forged({ jsonBytes: declared }, bomb);
}

/** Counts what a stream inflates to without keeping it (node:zlib, a few seconds for 2 GiB). */
function inflatedLength(bytes: Uint8Array): Promise<number> {
  return new Promise((resolve, reject) => {
    let n = 0;
    const z = createInflateRaw();
    z.on('data', (c: Buffer) => {
      n += c.length;
    });
    z.on('end', () => resolve(n));
    z.on('error', reject);
    z.end(bytes);
  });
}

async function verifyFile(name: string, bytes: Uint8Array, ...extra: string[]) {
  const path = join(dir, name);
  await fsp.writeFile(path, bytes);
  return run(['verify', path, ...extra]);
}

describe('backup verify: the damaged-file set', () => {
  it('the good files verify (exit 0)', async () => {
    expect(await verifyFile('good.gkbak', plain)).toBe(0);
    expect(await verifyFile('good-enc.gkbak', encrypted, '--password-file', join(dir, 'pw.txt'))).toBe(0);
  });

  it('an encrypted file without its password: intact, contents not checked (exit 3, not 0)', async () => {
    expect(await verifyFile('enc.gkbak', encrypted)).toBe(3);
    expect(stdout).toContain('NOT CHECKED');
  });

  it('an encrypted file with the wrong password is refused', async () => {
    await fsp.writeFile(join(dir, 'wrong.txt'), 'wrong');
    expect(await verifyFile('enc.gkbak', encrypted, '--password-file', join(dir, 'wrong.txt'))).toBe(1);
    expect(stderr).toMatch(/^FAILED \(wrongPassword\): /m);
  });

  it.each(damaged)(
    '%s: exit 1 with a FAILED line',
    async (what, make, code, contains) => {
      const bytes = await make();
      const status = await verifyFile('damaged.gkbak', bytes);
      expect(status, `${what}\n${stderr}`).toBe(1);
      const line = /^FAILED \((\w+)\): (.+)$/m.exec(stderr);
      expect(line?.[1], stderr).toBe(code);
      expect((line?.[2] ?? '').length).toBeGreaterThan(15);
      if (contains) expect(stderr).toContain(contains);
    },
    60_000,
  );

  it('a salt or nonce damaged in an encrypted file is damage even WITH the password (not "wrong password")', async () => {
    const salt = setChar(encrypted, valueAt(encrypted, 'salt') + 3, 'k');
    expect(await verifyFile('salt.gkbak', salt, '--password-file', join(dir, 'pw.txt'))).toBe(1);
    expect(stderr).toMatch(/^FAILED \(checksumMismatch\): /m);
  });

  it('a 2 GB file of zeros is refused by its first bytes', async () => {
    const path = join(dir, 'zeros.gkbak');
    const handle = await fsp.open(path, 'w');
    await handle.truncate(2 * 1024 ** 3);
    await handle.close();
    expect(await run(['verify', path])).toBe(1);
    expect(stderr).toMatch(/^FAILED \(notBackup\): /m);
  });

  it('a folder given as the file is refused with exit 1', async () => {
    expect(await run(['verify', dir])).toBe(1);
    expect(stderr).toMatch(/^FAILED \(\w+\): /m);
  });
});
