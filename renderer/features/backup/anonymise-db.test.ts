import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sampleStores } from '../../../shared/backup/sample-data';
import { ANONYMISED_NAME } from '../../../shared/retention/anonymise';
import type { DeskDb } from '../../db/database';
import { importAll } from '../../db/interchange';
import { saveSettings } from '../../db/repositories/settings';
import { makeTestDb } from '../../db/test-db';
import { applyAnonymisation, countDueForAnonymisation } from './anonymise-db';

let db: DeskDb;
beforeEach(async () => {
  db = makeTestDb();
  await importAll(db, sampleStores()); // 3 requests answered 2024-01-12 … 2024-01-14
});
afterEach(() => db.close());

const ctx = { actor: '测试员', now: '2027-03-01T02:00:00.000Z', today: '2027-03-01' };

describe('anonymisation in the database', () => {
  it('does nothing while the setting is off', async () => {
    expect(await applyAnonymisation(db, ctx)).toEqual([]);
    expect((await db.requests.get('r-1'))?.applicantName).toBe('测试申请人甲');
  });

  it('anonymises requests closed more than N years ago, scrubs their audit copies and logs it', async () => {
    await saveSettings(db, { anonymiseAfterYears: 4 }, ctx);
    expect(await applyAnonymisation(db, ctx)).toEqual([]); // closed 2024-01: not yet 4 years before 2027-03
    await saveSettings(db, { anonymiseAfterYears: 2 }, ctx);
    expect((await applyAnonymisation(db, ctx)).sort()).toEqual(['r-1', 'r-2', 'r-3']);
    const r1 = await db.requests.get('r-1');
    expect(r1).toMatchObject({
      applicantName: ANONYMISED_NAME,
      applicantContact: '',
      anonymisedAt: ctx.now,
      serial: '2024-001',
    });
    const audit = await db.audit.toArray();
    expect(JSON.stringify(audit)).not.toContain('测试申请人甲');
    expect(
      audit
        .filter((e) => e.action === 'anonymise')
        .map((e) => e.recordId)
        .sort(),
    ).toEqual(['r-1', 'r-2', 'r-3']);
    // A second run finds nothing more to do.
    expect(await applyAnonymisation(db, ctx)).toEqual([]);
  });

  it('counts beforehand exactly the requests a run would anonymise', async () => {
    expect(await countDueForAnonymisation(db, 4, ctx.today)).toBe(0);
    expect(await countDueForAnonymisation(db, 2, ctx.today)).toBe(3);
    await saveSettings(db, { anonymiseAfterYears: 2 }, ctx);
    expect(await applyAnonymisation(db, ctx)).toHaveLength(3);
    expect(await countDueForAnonymisation(db, 2, ctx.today)).toBe(0);
  });
});
