import { describe, expect, it } from 'vitest';
import { detectHeaderRow, planImport } from '../../../shared/import';
import type { SheetRows } from '../../../shared/import';
import { makeTestDb, testCtx } from '../test-db';
import { bulkImportRecords } from './bulk-import';
import { createRecord, listLive } from './registers';

function requestPlan(serials: string[]) {
  const rows: SheetRows = [
    ['编号', '申请人', '申请人类型', '申请方式', '收到日期', '申请内容'],
    ...serials.map((s) => [s, '测试申请人甲', '个人', '当面', '2025-03-03', '测试内容']),
  ];
  const g = detectHeaderRow('requests', rows);
  const ctx = testCtx();
  return planImport(
    rows,
    { register: 'requests', headerRow: g.row, mapping: g.mapping, values: {}, defaults: {} },
    g.headers,
    {
      newId: ctx.newId,
      now: ctx.now,
      existing: [],
    },
  );
}

describe('bulkImportRecords', () => {
  it('stores every record and one audit entry each, reporting progress', async () => {
    const db = makeTestDb();
    const serials = Array.from({ length: 1203 }, (_, i) => `2025-${String(i + 1).padStart(4, '0')}`);
    const plan = requestPlan(serials);
    const progress: number[] = [];
    const n = await bulkImportRecords(
      db,
      'requests',
      plan.accepted.map((a) => a.record),
      testCtx(),
      {
        onProgress: (done) => progress.push(done),
      },
    );
    expect(n).toBe(1203);
    expect((await listLive(db, 'requests')).map((r) => r.serial).sort()).toEqual(serials);
    expect(await db.audit.where('store').equals('requests').count()).toBe(1203);
    expect(progress).toEqual([500, 1000, 1203]);
  });

  it('stores nothing when one serial is already taken', async () => {
    const db = makeTestDb();
    await createRecord(
      db,
      'requests',
      {
        serial: '2025-0002',
        applicantType: 'natural',
        applicantName: '测试申请人乙',
        channel: 'inPerson',
        submittedDate: '2025-03-01',
        receivedDate: '2025-03-01',
        content: '测试',
      },
      testCtx(),
    );
    const plan = requestPlan(['2025-0001', '2025-0002', '2025-0003']);
    await expect(
      bulkImportRecords(
        db,
        'requests',
        plan.accepted.map((a) => a.record),
        testCtx(),
      ),
    ).rejects.toThrow(/duplicateSerial/);
    expect((await listLive(db, 'requests')).map((r) => r.serial)).toEqual(['2025-0002']);
    expect((await db.audit.toArray()).filter((a) => a.action === 'import')).toEqual([]);
  });
});
