import { webcrypto } from 'node:crypto';
import * as fsp from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type CryptoLike, createBackup } from '../../../shared/backup';
import { sampleDocument } from '../../../shared/backup/sample-data';
import { SCHEMA_VERSION } from '../../../shared/model';
import { run } from './backup';

let dir: string;
let stdout: string;
let stderr: string;
const initCwd = process.env.INIT_CWD;
beforeEach(async () => {
  dir = await fsp.mkdtemp(join(tmpdir(), 'desk-cli-backup-'));
  // Tests give absolute paths unless they say otherwise.
  delete process.env.INIT_CWD;
  stdout = '';
  stderr = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((s) => {
    stdout += String(s);
    return true;
  });
  vi.spyOn(process.stderr, 'write').mockImplementation((s) => {
    stderr += String(s);
    return true;
  });
});
afterEach(async () => {
  vi.restoreAllMocks();
  if (initCwd === undefined) delete process.env.INIT_CWD;
  else process.env.INIT_CWD = initCwd;
  await fsp.rm(dir, { recursive: true, force: true });
});

async function exportFile() {
  const path = join(dir, 'export.json');
  await fsp.writeFile(path, JSON.stringify(sampleDocument()));
  return path;
}

describe('desk backup', () => {
  it('creates a plain backup and verifies it, printing header and counts', async () => {
    const out = join(dir, 'b.gkbak');
    expect(await run(['create', '--input', await exportFile(), '--out', out])).toBe(0);
    expect(stdout).toContain('OK: written and verified');
    stdout = '';
    expect(await run(['verify', out])).toBe(0);
    expect(stdout).toContain('机关 Agency:          测试市测试局');
    expect(stdout).toMatch(/requests\s+3/);
    expect(stdout).toContain(
      'OK: checksum, decryption, every record, the counts and the audit chain verified.',
    );
  });

  it('encrypts with a password file; without it only the checksum is checked, with a wrong one it fails', async () => {
    const out = join(dir, 'e.gkbak');
    const pw = join(dir, 'pw.txt');
    await fsp.writeFile(pw, '测试口令\n');
    expect(await run(['create', '--input', await exportFile(), '--out', out, '--password-file', pw])).toBe(0);
    // Intact but not checked is its own exit code (3), never 0: a batch script must not read it as checked.
    expect(await run(['verify', out])).toBe(3);
    expect(stdout).toContain('NOT CHECKED: the file is intact (checksum OK)');
    expect(await run(['verify', out, '--password-file', pw])).toBe(0);
    expect(stdout).toContain('every record');
    const wrong = join(dir, 'wrong.txt');
    await fsp.writeFile(wrong, 'nope');
    expect(await run(['verify', out, '--password-file', wrong])).toBe(1);
    expect(stderr).toContain('FAILED (wrongPassword)');
  });

  it('exits non-zero with a clear message for a damaged, truncated or foreign file', async () => {
    const out = join(dir, 'b.gkbak');
    await run(['create', '--input', await exportFile(), '--out', out]);
    const bytes = await fsp.readFile(out);
    await fsp.writeFile(join(dir, 'cut.gkbak'), bytes.subarray(0, bytes.length - 1));
    const damaged = Buffer.from(bytes);
    damaged[damaged.length - 5] = (damaged[damaged.length - 5] ?? 0) ^ 1;
    await fsp.writeFile(join(dir, 'bad.gkbak'), damaged);
    await fsp.writeFile(join(dir, 'x.gkbak'), 'hello');
    expect(await run(['verify', join(dir, 'cut.gkbak')])).toBe(1);
    expect(stderr).toContain('FAILED (truncated)');
    expect(await run(['verify', join(dir, 'bad.gkbak')])).toBe(1);
    expect(stderr).toContain('FAILED (checksumMismatch)');
    expect(await run(['verify', join(dir, 'x.gkbak')])).toBe(1);
    expect(stderr).toContain('FAILED (notBackup)');
  });

  it('says a missing file was not found, naming it (not "folder not available")', async () => {
    const missing = join(dir, 'missing.gkbak');
    expect(await run(['verify', missing])).toBe(1);
    expect(stderr).toContain(`FAILED (notFound): file not found: ${missing}`);
    expect(stderr).not.toMatch(/not available|USB/);
    stderr = '';
    const input = join(dir, 'no-export.json');
    expect(await run(['create', '--input', input, '--out', join(dir, 'o.gkbak')])).toBe(1);
    expect(stderr).toContain(`FAILED (notFound): 找不到文件 ${input}`);
    stderr = '';
    const out = join(dir, 'b.gkbak');
    await run(['create', '--input', await exportFile(), '--out', out]);
    const pw = join(dir, 'no-pw.txt');
    expect(await run(['verify', out, '--password-file', pw])).toBe(1);
    expect(stderr).toContain(`password file not found: ${pw}`);
    expect(stderr).not.toMatch(/not available|USB/);
  });

  it('resolves relative paths against the folder npm was run from (INIT_CWD), else the current folder', async () => {
    await exportFile();
    await fsp.writeFile(join(dir, 'pw.txt'), '测试口令\n');
    process.env.INIT_CWD = dir;
    const args = ['--input', 'export.json', '--out', 'rel.gkbak', '--password-file', 'pw.txt'];
    expect(await run(['create', ...args])).toBe(0);
    expect((await fsp.stat(join(dir, 'rel.gkbak'))).isFile()).toBe(true);
    expect(await run(['verify', 'rel.gkbak', '--password-file', 'pw.txt'])).toBe(0);
    expect(stdout).toContain(`备份文件 File:        ${join(dir, 'rel.gkbak')}`);
    expect(stdout).toContain(
      'OK: checksum, decryption, every record, the counts and the audit chain verified.',
    );
    delete process.env.INIT_CWD;
    vi.spyOn(process, 'cwd').mockReturnValue(dir);
    stdout = '';
    expect(await run(['verify', 'rel.gkbak', '--password-file', 'pw.txt'])).toBe(0);
    expect(stdout).toContain('every record');
  });

  it('reports a backup from a newer database schema than this app as a problem, as restore does', async () => {
    const crypto = webcrypto as unknown as CryptoLike;
    const doc = { ...sampleDocument(), schemaVersion: SCHEMA_VERSION + 1 };
    const createdAt = '2025-03-01T00:00:00.000Z';
    const plain = join(dir, 'newer.gkbak');
    await fsp.writeFile(plain, (await createBackup(doc, { crypto, createdAt })).bytes);
    expect(await run(['verify', plain])).toBe(1);
    expect(stderr).toContain('FAILED (newerVersion)');
    expect(stderr).toContain(`database version ${SCHEMA_VERSION + 1}; this app has ${SCHEMA_VERSION}`);
    expect(stdout).not.toContain('OK');
    // Encrypted, without the password: the checksum alone must not pass it either.
    stderr = '';
    const locked = join(dir, 'newer-locked.gkbak');
    await fsp.writeFile(
      locked,
      (await createBackup(doc, { crypto, createdAt, password: 'pw-12345678' })).bytes,
    );
    expect(await run(['verify', locked])).toBe(1);
    expect(stderr).toContain('FAILED (newerVersion)');
    expect(stdout).not.toContain('CHECKSUM OK');
    // The same schema as this app's is fine.
    const same = join(dir, 'same.gkbak');
    const current = { ...sampleDocument(), schemaVersion: SCHEMA_VERSION };
    await fsp.writeFile(same, (await createBackup(current, { crypto, createdAt })).bytes);
    expect(await run(['verify', same])).toBe(0);
  });

  it('refuses an invalid export and bad usage', async () => {
    const input = join(dir, 'bad.json');
    await fsp.writeFile(input, JSON.stringify({ ...sampleDocument(), formatVersion: 99 }));
    expect(await run(['create', '--input', input, '--out', join(dir, 'o.gkbak')])).toBe(1);
    expect(stderr).toContain('newer');
    expect(await run(['create', '--input', input])).toBe(2);
    expect(await run(['frobnicate'])).toBe(2);
    expect(stderr).toContain('usage:');
  });
});
