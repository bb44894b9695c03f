import { webcrypto } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CryptoLike } from '../../../shared/backup';
import { sampleDocument } from '../../../shared/backup/sample-data';
import { ANONYMISED_NAME } from '../../../shared/retention/anonymise';
import { restoreRetention } from '../../../shared/retention/restore-check';
import type { DeskDb } from '../../db/database';
import { SCHEMA_VERSION } from '../../db/database';
import { makeTestDb } from '../../db/test-db';
import { saveSettings } from '../../db/repositories/settings';
import { type BackupDeps, restoreDocument } from './backup-service';

let db: DeskDb;
let safety: Uint8Array[];
beforeEach(() => {
  db = makeTestDb();
  safety = [];
});
afterEach(() => db.close());

const deps = (): BackupDeps => ({
  db,
  crypto: webcrypto as unknown as CryptoLike,
  appVersion: '0.1.0',
  now: () => new Date('2027-03-01T02:00:00.000Z'),
  api: {
    backupWriteAuto: async ({ data }) => {
      safety.push(data);
      return { ok: true, name: `safety-${safety.length}.gkbak`, bytes: data.length, removed: [] };
    },
    backupWriteExternal: async () => ({ ok: false, error: 'unknown', message: 'unused' }),
    backupStatus: async () => ({ ok: false, error: 'unknown', message: 'unused' }),
  },
});
const source = { kind: 'jsonImport' as const, name: '导出.json' };

describe('restoring a document through the restore machinery (issue 14 items 4 and 5)', () => {
  it('refuses a document from a newer schema before anything is saved or changed', async () => {
    const doc = { ...sampleDocument(), schemaVersion: SCHEMA_VERSION + 1 };
    expect(await restoreDocument(deps(), doc, source)).toMatchObject({
      ok: false,
      stage: 'open',
      problem: { error: 'newerVersion' },
    });
    expect(safety).toHaveLength(0);
    expect(await db.audit.count()).toBe(0);
  });

  it('saves the current data first, records the import, and puts the retention setting back', async () => {
    // Retention on now (2 years); the older file has it off and still holds the 2024 applicants.
    await saveSettings(db, { anonymiseAfterYears: 2 }, { actor: '测试员', now: '2027-02-28T02:00:00.000Z' });
    const doc = sampleDocument();
    expect(doc.stores.settings?.anonymiseAfterYears).toBeNull();
    expect(restoreRetention(doc.stores, 2, '2027-03-01')).toEqual({ current: 2, inFile: null, dueNow: 8 }); // 3 requests, their 3 letters, 2 consultations

    const outcome = await restoreDocument(deps(), doc, source, { actor: '测试员', today: '2027-03-01' });
    expect(outcome).toMatchObject({ ok: true, safetyBackup: 'safety-1.gkbak', retention: { ok: true } });
    expect(safety).toHaveLength(1);
    // The setting in force before is kept, and applied: the restored applicants are anonymised again.
    expect((await db.settings.get('app'))?.value.anonymiseAfterYears).toBe(2);
    expect((await db.requests.get('r-1'))?.applicantName).toBe(ANONYMISED_NAME);
    const entry = await db.audit.where('store').equals('database').first();
    expect(entry).toMatchObject({
      actor: '测试员',
      recordId: 'jsonImport',
      action: 'import',
      before: { safetyBackup: 'safety-1.gkbak' },
      after: { file: '导出.json', counts: { requests: 3 } },
    });
  });

  it('takes the file’s setting when the officer chooses it', async () => {
    await saveSettings(db, { anonymiseAfterYears: 2 }, { actor: '测试员', now: '2027-02-28T02:00:00.000Z' });
    const outcome = await restoreDocument(deps(), sampleDocument(), source, {
      useFileSetting: true,
      today: '2027-03-01',
    });
    expect(outcome.ok).toBe(true);
    expect((await db.settings.get('app'))?.value.anonymiseAfterYears).toBeNull();
    expect((await db.requests.get('r-1'))?.applicantName).not.toBe(ANONYMISED_NAME);
  });
});
