import * as fsp from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sampleDocument } from '../../../shared/backup/sample-data';
import { run } from './backup';

let dir: string;
let stdout: string;
let stderr: string;
beforeEach(async () => {
  dir = await fsp.mkdtemp(join(tmpdir(), 'desk-cli-backup-'));
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
    expect(stdout).toContain('OK: checksum, decryption, every record and the counts verified.');
  });

  it('encrypts with a password file; without it only the checksum is checked, with a wrong one it fails', async () => {
    const out = join(dir, 'e.gkbak');
    const pw = join(dir, 'pw.txt');
    await fsp.writeFile(pw, '测试口令\n');
    expect(await run(['create', '--input', await exportFile(), '--out', out, '--password-file', pw])).toBe(0);
    expect(await run(['verify', out])).toBe(0);
    expect(stdout).toContain('CHECKSUM OK');
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
    expect(await run(['verify', join(dir, 'missing.gkbak')])).toBe(1);
    expect(stderr).toContain('not available');
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
