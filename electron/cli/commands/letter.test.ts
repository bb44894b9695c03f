import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sampleDocument } from '../../../shared/backup/sample-data';
import { captureIo } from '../test-io';
import { run } from './letter';

const dir = mkdtempSync(join(tmpdir(), 'desk-letter-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const input = join(dir, 'export.json');
const doc = sampleDocument();
writeFileSync(input, JSON.stringify(doc));

const capture = () => captureIo('2025-01-20');

describe('desk letter', () => {
  it('prints the issued 答复书 as JSON with its 文号 and text as issued', async () => {
    const io = capture();
    expect(await run(['--input', input, '--request', '2024-001', '--format', 'json'], io)).toBe(0);
    const json = JSON.parse(io.stdout());
    const issued = doc.stores.letters[0];
    expect(json).toMatchObject({
      type: 'answer',
      status: 'issued',
      number: '测答〔2024〕1号',
      title: issued?.title,
      addressee: '测试申请人',
      paragraphs: [...(issued?.paragraphs ?? []), issued?.remedy, '特此告知。'],
      dates: { issued: issued?.issuedDate },
    });
  });

  it('drafts what the record implies when no letter of that type was issued: 文号 null', async () => {
    const io = capture();
    expect(
      await run(['--input', input, '--request', '2024-001', '--type', 'correction', '--format', 'json'], io),
    ).toBe(0);
    const json = JSON.parse(io.stdout());
    expect(json.number).toBeNull();
    expect(json.status).toBe('draft');
    expect(json.title).toBe('测试市测试局政府信息公开申请补正告知书');
    expect(json.legalBasis).toBe('《中华人民共和国政府信息公开条例》第三十条');
    expect(json.paragraphs.join('')).toContain('视为放弃申请');
  });

  it('writes a .docx, and refuses an unknown request or type', async () => {
    const out = join(dir, 'x.docx');
    expect(await run(['--input', input, '--request', '2024-001', '--out', out], capture())).toBe(0);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
    expect(await run(['--input', input, '--request', '1999-999'], capture())).toBe(3);
    expect(await run(['--input', input, '--request', '2024-001', '--type', 'memo'], capture())).toBe(2);
  });
});
