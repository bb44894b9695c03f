import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../../shared/audit/chain';
import { sampleStores } from '../../../shared/backup/sample-data';
import type { DeskDb } from '../database';
import { importAll } from '../interchange';
import { makeTestDb, testCtx } from '../test-db';
import { purgeExpiredTrash } from './purge';
import { deleteRecord, updateRecord } from './registers';

/** Issue 14 item 24: the audit log as a hash chain, written by the repositories. */
let db: DeskDb;
beforeEach(async () => {
  db = makeTestDb();
  // The sample holds one audit row from before the chain (no hash).
  await importAll(db, sampleStores({ publications: 0, requests: 2, consultations: 0, appeals: 0 }));
});
afterEach(() => db.close());

async function someChanges() {
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
  await updateRecord(
    db,
    'requests',
    'r-1',
    { ...fields, content: '申请公开测试信息（改）' },
    testCtx('2025-06-01T01:00:00.000Z'),
  );
  await deleteRecord(db, 'requests', 'r-1', testCtx('2025-06-02T00:00:00.000Z'));
  await deleteRecord(db, 'requests', 'r-2', testCtx('2025-06-03T00:00:00.000Z'));
}
const rows = () => db.audit.orderBy(':id').toArray();

describe('audit chain', () => {
  it('rows written by the repositories verify; older rows read as "unchained before", not tampering', async () => {
    await someChanges();
    const report = verifyAuditChain(await rows());
    expect(report).toMatchObject({
      rows: 5,
      chained: 4,
      problems: [],
      unchainedBefore: '2025-06-01T00:00:00.000Z',
    });
  });

  it('a changed row is found', async () => {
    await someChanges();
    const all = await rows();
    await db.audit.update(all[2]!.id!, { actor: '别人' });
    expect(verifyAuditChain(await rows()).problems).toEqual([
      expect.objectContaining({ position: 3, kind: 'changed' }),
    ]);
  });

  it('a deleted row is found (the next row’s link breaks)', async () => {
    await someChanges();
    const all = await rows();
    await db.audit.delete(all[2]!.id!);
    expect(verifyAuditChain(await rows()).problems).toEqual([
      expect.objectContaining({ position: 3, kind: 'broken' }),
    ]);
  });

  it('an inserted row is found, with or without a hash of its own', async () => {
    await someChanges();
    const all = await rows();
    // A copy of a real row (its own hash valid) added at the end: its link does not fit there.
    const fake = { ...all[1]! };
    delete (fake as { id?: number }).id;
    await db.audit.add(fake);
    expect(verifyAuditChain(await rows()).problems.map((p) => p.kind)).toEqual(['broken']);
    await db.audit.add({
      at: '2025-07-01T00:00:00.000Z',
      actor: 'x',
      store: 'requests',
      recordId: 'r-9',
      action: 'create',
      before: null,
      after: null,
    });
    expect(verifyAuditChain(await rows()).problems.map((p) => p.kind)).toEqual(['broken', 'unchained']);
  });

  it('the allowed rewrite — personal fields scrubbed on purge — still verifies, and is itself recorded', async () => {
    await someChanges();
    expect(await purgeExpiredTrash(db, testCtx('2025-07-04T00:00:00.000Z'))).toBe(2);
    const after = await rows();
    expect(JSON.stringify(after)).not.toContain('FAKE-ID-0000-0001');
    expect(after.map((r) => r.action)).toContain('anonymise');
    expect(verifyAuditChain(after).problems).toEqual([]);
  });

  it('a restore keeps the backup’s links as they are (importAll stores rows unchanged)', async () => {
    await someChanges();
    const before = await rows();
    const stores = sampleStores({ publications: 0, requests: 2, consultations: 0, appeals: 0 });
    await importAll(db, { ...stores, audit: before });
    expect(verifyAuditChain(await rows()).problems).toEqual([]);
  });
});

describe('every audit write goes through the chain', () => {
  it('no code in renderer/ adds audit rows except audit-log.ts', () => {
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (/\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) && name !== 'audit-log.ts') {
          const text = readFileSync(path, 'utf8');
          if (/\baudit\.(add|bulkAdd)\(|table\('audit'\)\.(add|bulkAdd)/.test(text)) offenders.push(path);
        }
      }
    };
    walk(join(process.cwd(), 'renderer'));
    expect(offenders).toEqual([]);
  });
});
