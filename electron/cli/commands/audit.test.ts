import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { webcrypto } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { chainAuditRows } from '../../../shared/audit/chain';
import { type CryptoLike, createBackup } from '../../../shared/backup';
import { sampleDocument } from '../../../shared/backup/sample-data';
import type { AuditEntry } from '../../../shared/model/settings';
import { run } from './audit';
import { run as backup } from './backup';

let dir: string;
let stdout = '';
let stderr = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'desk-audit-'));
  stdout = '';
  stderr = '';
  delete process.env.INIT_CWD;
  vi.spyOn(process.stdout, 'write').mockImplementation((s) => {
    stdout += String(s);
    return true;
  });
  vi.spyOn(process.stderr, 'write').mockImplementation((s) => {
    stderr += String(s);
    return true;
  });
});
afterEach(() => {
  vi.restoreAllMocks();
  rmSync(dir, { recursive: true, force: true });
});

/** An export whose audit log has one row from before the chain and six chained rows. */
function exportWithChain(change?: (rows: AuditEntry[]) => AuditEntry[]) {
  const doc = sampleDocument();
  const legacy = doc.stores.audit.map((r, i) => ({ ...r, id: i + 1 }));
  const fresh = Array.from({ length: 6 }, (_, i) => ({
    at: `2025-06-0${i + 1}T08:00:00.000Z`,
    actor: '测试员',
    store: 'publications',
    recordId: `p-${i + 1}`,
    action: 'update' as const,
    before: { title: `测试公告第${i + 1}号` },
    after: { title: `测试公告第${i + 1}号（改）` },
  }));
  let rows: AuditEntry[] = [
    ...legacy,
    ...chainAuditRows(fresh, '').map((r, i) => ({ ...r, id: legacy.length + i + 1 })),
  ];
  if (change) rows = change(rows);
  doc.stores.audit = rows;
  const path = join(dir, 'export.json');
  writeFileSync(path, JSON.stringify(doc));
  return { path, doc };
}

describe('desk audit verify', () => {
  it('an intact log: exit 0, older rows named as unchained before the chain began', async () => {
    expect(await run(['verify', '--input', exportWithChain().path])).toBe(0);
    expect(stdout).toContain('已建链 chained 6');
    expect(stdout).toContain('unchained before 2025-06-01T08:00:00.000Z');
    expect(stdout).toContain('OK: 操作日志完整');
  });

  it.each([
    [
      'a changed row',
      (rows: AuditEntry[]) => rows.map((r, i) => (i === 3 ? { ...r, actor: '别人' } : r)),
      '内容被改动',
    ],
    ['a deleted row', (rows: AuditEntry[]) => rows.filter((_, i) => i !== 3), '链接断开'],
    [
      'an inserted row',
      (rows: AuditEntry[]) =>
        [...rows.slice(0, 4), { ...rows[0]!, id: 99 }, ...rows.slice(4)].map((r, i) => ({ ...r, id: i + 1 })),
      '被插入',
    ],
  ])('%s: exit 1, the row named', async (_what, change, text) => {
    expect(await run(['verify', '--input', exportWithChain(change).path])).toBe(1);
    expect(stderr).toMatch(/^FAILED \(auditTampered\): /m);
    expect(stderr).toContain(text);
  });

  it('backup verify finds a changed audit row too', async () => {
    const { doc } = exportWithChain((rows) => rows.map((r, i) => (i === 2 ? { ...r, recordId: 'p-99' } : r)));
    const crypto = webcrypto as unknown as CryptoLike;
    const file = join(dir, 'b.gkbak');
    writeFileSync(file, (await createBackup(doc, { crypto, createdAt: '2025-07-01T00:00:00.000Z' })).bytes);
    expect(await backup(['verify', file])).toBe(1);
    expect(stderr).toMatch(/^FAILED \(auditTampered\): /m);
  });

  it('exit 2 on wrong usage, 1 on a missing file', async () => {
    expect(await run(['verify'])).toBe(2);
    expect(await run(['verify', '--input', join(dir, 'none.json')])).toBe(1);
  });
});
