import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sampleStores } from '../../../shared/backup/sample-data';
import { ClockRefusedError } from '../../../shared/retention/clock';
import type { DeskDb } from '../database';
import { importAll } from '../interchange';
import { makeTestDb, testCtx } from '../test-db';
import { purgeExpiredTrash } from './purge';
import { deleteRecord, listLive, listTrash, updateRecord } from './registers';

let db: DeskDb;
beforeEach(async () => {
  db = makeTestDb();
  await importAll(db, sampleStores({ publications: 0, requests: 2, consultations: 0, appeals: 0 }));
});
afterEach(() => db.close());

describe('purging a request from the trash (issue 14 items 1 and 9)', () => {
  it('removes the applicant’s data from every audit row of it and records the rewrite', async () => {
    const r1 = await db.requests.get('r-1');
    if (!r1) throw new Error('sample');
    const { id: _id, createdAt: _c, updatedAt: _u, deletedAt: _d, anonymisedAt: _a, ...fields } = r1;
    await updateRecord(
      db,
      'requests',
      'r-1',
      { ...fields, applicantIdNumber: 'FAKE-ID-0000-0001' },
      testCtx('2025-06-01T00:00:00.000Z'),
    );
    await deleteRecord(db, 'requests', 'r-1', testCtx('2025-06-02T00:00:00.000Z'));
    expect(await purgeExpiredTrash(db, testCtx('2025-07-03T00:00:00.000Z'))).toBe(1);

    const rows = await db.audit.where('recordId').equals('r-1').toArray();
    expect(rows.map((r) => r.action)).toEqual(['create', 'update', 'delete', 'purge', 'anonymise']);
    const text = JSON.stringify(rows);
    expect(text).not.toContain('FAKE-ID-0000-0001');
    expect(text).not.toContain(r1.applicantName);
    expect(text).not.toContain(r1.applicantContact);
    // The statistics' fields stay in the purge entry.
    expect(rows[3]?.before).toMatchObject({ serial: r1.serial, receivedDate: r1.receivedDate });
    expect(rows[4]?.after).toEqual({
      reason: 'purge',
      auditRowsRewritten: [rows[0]?.id, rows[1]?.id, rows[2]?.id],
    });
    // The other request is untouched.
    expect((await db.requests.get('r-2'))?.applicantIdNumber).toBe(
      sampleStores().requests[1]?.applicantIdNumber,
    );
  });

  it('keeps the purged request’s letters in the register without the applicant', async () => {
    const before = await db.letters.where('requestId').equals('r-1').toArray();
    expect(before.map((l) => l.addressee)).toEqual(['测试申请人']);
    await deleteRecord(db, 'requests', 'r-1', testCtx('2025-06-02T00:00:00.000Z'));
    expect(await purgeExpiredTrash(db, testCtx('2025-07-03T00:00:00.000Z'))).toBe(1);
    const after = await db.letters.where('requestId').equals('r-1').toArray();
    expect(after).toHaveLength(1);
    expect(after[0]?.number).toBe(before[0]?.number);
    expect(after[0]?.addressee).toBe('');
    expect(JSON.stringify(after[0]?.paragraphs)).not.toContain('你提交的');
    const entries = await db.audit.where('recordId').equals('l-1').toArray();
    expect(entries.map((e) => [e.action, (e.after as { reason?: string } | null)?.reason])).toContainEqual([
      'anonymise',
      'purge',
    ]);
    // The other request's letter is untouched.
    expect((await db.letters.get('l-2'))?.addressee).toBe('测试申请人');
  });

  it('refuses to purge when the clock is before the newest change or over 366 days after it', async () => {
    await deleteRecord(db, 'requests', 'r-1', testCtx('2025-06-02T00:00:00.000Z'));
    // A clock reset to 2000 would otherwise see nothing expired; one a year ahead would purge at once.
    await expect(purgeExpiredTrash(db, testCtx('2025-06-01T00:00:00.000Z'))).rejects.toMatchObject({
      clock: { problem: 'behind', newestChange: '2025-06-02T00:00:00.000Z' },
    });
    await expect(purgeExpiredTrash(db, testCtx('2026-06-04T00:00:00.000Z'))).rejects.toBeInstanceOf(
      ClockRefusedError,
    );
    expect(await db.requests.count()).toBe(2);
    expect(await purgeExpiredTrash(db, testCtx('2026-06-02T00:00:00.000Z'))).toBe(1);
  });

  it('never purges a record whose deletedAt is not an instant', async () => {
    await db.requests.update('r-2', { deletedAt: 'yesterday' });
    await deleteRecord(db, 'requests', 'r-1', testCtx('2025-06-02T00:00:00.000Z'));
    expect(await purgeExpiredTrash(db, testCtx('2025-07-03T00:00:00.000Z'))).toBe(1);
    expect((await db.requests.get('r-2'))?.deletedAt).toBe('yesterday');
    expect(await listLive(db, 'requests')).toHaveLength(0);
    expect(await listTrash(db)).toHaveLength(1);
  });
});
