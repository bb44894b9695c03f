import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeSettings } from '../../../shared/catalogue/test-register';
import { buildInterchange } from '../../../shared/model/interchange';
import { defaultSettings } from '../../../shared/model/settings';
import { run } from './guide';

const dir = mkdtempSync(join(tmpdir(), 'desk-guide-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function exportWith(name: string, settings: ReturnType<typeof defaultSettings>): string {
  const path = join(dir, name);
  const doc = buildInterchange(
    { settings },
    { appVersion: '0.1.0', schemaVersion: 1, exportedAt: '2025-01-01T00:00:00.000Z' },
  );
  writeFileSync(path, JSON.stringify(doc));
  return path;
}

function textOf(path: string): string {
  return strFromU8(unzipSync(readFileSync(path))['word/document.xml'] ?? new Uint8Array())
    .replace(/<\/w:p>/g, '\n')
    .replace(/<[^>]+>/g, '');
}

let stderr = '';
beforeEach(() => {
  stderr = '';
  vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  vi.spyOn(process.stderr, 'write').mockImplementation((s) => {
    stderr += String(s);
    return true;
  });
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('desk guide', () => {
  it('writes the guide from the profile, dated as asked', async () => {
    const out = join(dir, 'guide.docx');
    expect(
      await run(['--input', exportWith('full.json', fakeSettings()), '--out', out, '--date', '2025-03-10']),
    ).toBe(0);
    const text = textOf(out);
    expect(text.startsWith('测试县测试局政府信息公开指南\n')).toBe(true);
    expect(text).toContain('办公地址：测试县测试路1号');
    expect(text).toContain('本版更新于2025年3月10日');
    expect(stderr).toBe('');
  });

  it('warns about empty profile fields and marks them in the document', async () => {
    const out = join(dir, 'empty.docx');
    expect(
      await run([
        '--input',
        exportWith('empty.json', defaultSettings()),
        '--out',
        out,
        '--date',
        '2025-03-10',
      ]),
    ).toBe(0);
    expect(stderr).toContain('agencyName, address, officeHours, phone, parentAgency');
    expect(textOf(out)).toContain('联系电话：（请填写）');
  });

  it.each([
    [['--input', 'x.json', '--out', 'guide.pdf']],
    [['--input', 'x.json', '--out', 'guide.docx', '--date', '2025-02-30']],
    [['--out', 'guide.docx']],
  ])('refuses %j', async (argv) => {
    expect(await run(argv)).toBe(2);
  });
});
